/** The reference data shipped with Scrutiny (docs/reference-data.md). */

export * from './districtLookup.js';
export * from './forces.js';
export * from './offenceCodeLookup.js';
export * from './offenceCodes.js';
export * from './outcomeTypes.js';
export * from './policeUk.js';
export * from './populations.js';
