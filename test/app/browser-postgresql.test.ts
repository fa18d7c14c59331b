/** The app's browser journeys on a real PostgreSQL server (see postgres.ts). */
import { skipWithoutChromium } from '../report/helpers/chromium.js';
import { browserSuite } from './browserSuite.js';
import { skipWithoutPostgres } from './postgres.js';

browserSuite('postgresql', skipWithoutChromium || skipWithoutPostgres);
