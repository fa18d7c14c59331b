/** The app's browser journeys on the embedded store (PGlite). */
import { skipWithoutChromium } from '../report/helpers/chromium.js';
import { browserSuite } from './browserSuite.js';

browserSuite('embedded', skipWithoutChromium);
