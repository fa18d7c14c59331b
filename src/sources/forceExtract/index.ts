/** The force extract loaders (crimes, satisfaction, OCG disruptions), for the pipeline to register. */
import type { DatasetLoader } from '../loader.js';
import { forceCrimesLoader } from './crimesLoader.js';
import { forceOcgDisruptionsLoader } from './ocgDisruptionsLoader.js';
import { forceSatisfactionLoader } from './satisfactionLoader.js';

export const forceExtractLoaders: readonly DatasetLoader[] = [
  forceCrimesLoader,
  forceSatisfactionLoader,
  forceOcgDisruptionsLoader,
];
export { forceCrimesLoader, forceOcgDisruptionsLoader, forceSatisfactionLoader };
