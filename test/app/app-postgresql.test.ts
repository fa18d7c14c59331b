/** The app's HTTP suite on a real PostgreSQL server (see postgres.ts for where it comes from). */
import { skipWithoutPostgres } from './postgres.js';
import { securitySuite } from './securitySuite.js';

securitySuite('postgresql', skipWithoutPostgres);
