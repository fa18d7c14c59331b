/**
 * Writes the two Home Office open data tables of the demo from the counts gathered during
 * generation: recorded crime (every force, quarter and code of the mix, zeros included, as the
 * published table lists them) and outcomes (the non-zero combinations of outcome types 1-22).
 */
import { HO_OUTCOMES_COLUMNS, HO_RECORDED_CRIME_COLUMNS } from '../catalogue/formats.js';
import { offenceCode } from '../catalogue/reference/offenceCodeLookup.js';
import { OUTCOME_TYPES } from '../catalogue/reference/outcomeTypes.js';
import { CsvFile, csvLine } from './csvOut.js';
import type { HomeOfficeCounts } from './homeOfficeCounts.js';
import { OFFENCE_MIX } from './offenceMix.js';
import type { Timeline } from './timeline.js';
import type { DemoForce } from './world.js';

/** Description, group, subgroup, code: the four offence cells, CSV-ready. */
const OFFENCE_CELLS = OFFENCE_MIX.map((entry) => {
  const ref = offenceCode(entry.code);
  if (!ref) throw new Error(`demo offence mix holds ${entry.code}, which the reference table lacks`);
  return csvLine([ref.description, ref.group, ref.subgroup, ref.code]).slice(0, -1);
});
const OUTCOME_CELLS = OUTCOME_TYPES.map((o) => csvLine([o.description, o.group, o.type]).slice(0, -1));

export function writeRecordedCrime(
  path: string,
  timeline: Timeline,
  forces: readonly DemoForce[],
  counts: HomeOfficeCounts,
): number {
  const csv = new CsvFile(path, HO_RECORDED_CRIME_COLUMNS);
  timeline.quarters.forEach((quarter, q) => {
    forces.forEach((force, f) => {
      const head = csvLine([quarter.financialYear, quarter.quarter, force.area]).slice(0, -1);
      OFFENCE_CELLS.forEach((cells, c) => {
        csv.counted(`${head},${cells},${counts.recordedAt(f, q, c)}\n`);
      });
    });
  });
  csv.close();
  return csv.rows;
}

export function writeOutcomes(
  path: string,
  timeline: Timeline,
  forces: readonly DemoForce[],
  counts: HomeOfficeCounts,
): number {
  const csv = new CsvFile(path, HO_OUTCOMES_COLUMNS);
  timeline.quarters.forEach((quarter, q) => {
    forces.forEach((force, f) => {
      const head = csvLine([quarter.financialYear, quarter.quarter, force.area]).slice(0, -1);
      OFFENCE_CELLS.forEach((cells, c) => {
        for (let type = 1; type < OUTCOME_CELLS.length; type++) {
          const [assigned, ofRecorded] = counts.outcomesAt(f, q, c, type);
          if (assigned === 0 && ofRecorded === 0) continue;
          csv.counted(`${head},${cells},${OUTCOME_CELLS[type]},${assigned},${ofRecorded}\n`);
        }
      });
    });
  });
  csv.close();
  return csv.rows;
}
