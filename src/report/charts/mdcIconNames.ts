/**
 * The one table from the icon names the SPC result gives (NHSRplotthedots' names, src/stats/spc)
 * to the drawings of src/report/charts/mdcIcons.ts, which use Making Data Count's own words
 * ('neither', 'hit and miss'). The statement, the board pack and the site all map through it.
 */
import type {
  AssuranceIcon as SpcAssuranceIcon,
  VariationIcon as SpcVariationIcon,
} from '../../stats/spc/types.js';
import type { AssuranceIcon, VariationIcon } from './mdcIcons.js';

const VARIATION: Readonly<Record<SpcVariationIcon, VariationIcon>> = {
  common_cause: 'common-cause',
  improvement_high: 'improvement-high',
  improvement_low: 'improvement-low',
  concern_high: 'concern-high',
  concern_low: 'concern-low',
  neutral_high: 'neither-high',
  neutral_low: 'neither-low',
};

const ASSURANCE: Readonly<Record<SpcAssuranceIcon, AssuranceIcon>> = {
  pass: 'pass',
  fail: 'fail',
  inconsistent: 'hit-and-miss',
};

/** The drawing of an SPC variation icon; undefined when the SPC gave none. */
export function variationDrawing(name: SpcVariationIcon | null | undefined): VariationIcon | undefined {
  return name === null || name === undefined ? undefined : VARIATION[name];
}

/** The drawing of an SPC assurance icon; undefined without a target (no assurance). */
export function assuranceDrawing(name: SpcAssuranceIcon | null | undefined): AssuranceIcon | undefined {
  return name === null || name === undefined ? undefined : ASSURANCE[name];
}
