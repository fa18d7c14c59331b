/**
 * Whether the Chromium tests run. Without Chromium (a user's clone) they are skipped with a
 * reason; in CI (CI=true), which installs Chromium, they always run, so a broken install fails.
 */
import { locateChromium } from '../../../src/report/render/pdf/chromium.js';

const location = locateChromium(process.env);

export const chromiumPath = 'path' in location ? location.path : undefined;

export const skipWithoutChromium: false | string =
  chromiumPath !== undefined || process.env.CI === 'true'
    ? false
    : 'Chromium is absent (apt-get install chromium, or set SCRUTINY_CHROMIUM): PDF and browser tests not run';
