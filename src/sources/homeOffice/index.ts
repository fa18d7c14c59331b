/** The Home Office open data table loaders, for the ingest pipeline to register. */
import type { DatasetLoader } from '../loader.js';
import { homeOfficeOutcomesLoader } from './outcomesLoader.js';
import { homeOfficeRecordedCrimeLoader } from './recordedCrimeLoader.js';
import { homeOfficeWorkforceLoader } from './workforceLoader.js';

export const homeOfficeLoaders: readonly DatasetLoader[] = [
  homeOfficeRecordedCrimeLoader,
  homeOfficeOutcomesLoader,
  homeOfficeWorkforceLoader,
];
export { homeOfficeOutcomesLoader, homeOfficeRecordedCrimeLoader, homeOfficeWorkforceLoader };
