/** The app's HTTP suite on the embedded store (PGlite): the default for a laptop. */
import { securitySuite } from './securitySuite.js';

securitySuite('embedded', false);
