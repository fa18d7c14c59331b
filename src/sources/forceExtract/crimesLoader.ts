/**
 * crimes.csv of a force extract: one row per recorded crime (docs/formats.md, "Force extract").
 * Offence codes are stored in canonical form ('4/1' -> '4.1'); flags become a list; an empty
 * outcome_code is NULL (no outcome yet). Coverage is per month of recorded_date.
 */
import { CRIME_FLAGS, FORCE_CRIMES_COLUMNS } from '../../catalogue/formats.js';
import type { At } from '../../errors/messages/ingest.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import {
  isoDateCell,
  memoise,
  offenceCodeCell,
  optionalText,
  outcomeCodeCell,
  requiredText,
} from '../spreadsheet/cellChecks.js';
import { monthOf } from '../spreadsheet/fieldValues.js';
import type { RowCells } from '../spreadsheet/tableSpec.js';
import { extractLoader } from './extractLoader.js';

const LSOA_CODE = /^[EW]01\d{6}$/;
const KNOWN_FLAGS = new Set<string>(CRIME_FLAGS);

export const forceCrimesLoader = extractLoader({
  dataset: 'force_crimes',
  table: 'force_crimes',
  columns: FORCE_CRIMES_COLUMNS,
  insertColumns: [
    { name: 'force_slug', type: 'VARCHAR' },
    { name: 'crime_ref', type: 'VARCHAR' },
    { name: 'recorded_date', type: 'DATE' },
    { name: 'month', type: 'DATE' },
    { name: 'offence_code', type: 'VARCHAR' },
    { name: 'district', type: 'VARCHAR' },
    { name: 'lsoa_code', type: 'VARCHAR' },
    { name: 'outcome_code', type: 'INTEGER' },
    { name: 'outcome_date', type: 'DATE' },
    // Staged as 'knife;hate', stored as a list; no flags is an empty list, never NULL.
    { name: 'flags', type: 'VARCHAR', select: `coalesce(string_split("flags", ';'), []::VARCHAR[])` },
  ],
  // Each crime once per extract (checked in DuckDB after staging: see loadTable.ts).
  uniqueKey: { columns: ['crime_ref'], field: 'crime_ref', period: 'month' },
  makeParser({ forceSlug }) {
    return (cells, at) => {
      const problems: Problem[] = [];
      const crimeRef = requiredText(cells, 'crime_ref', at, problems, "the force's crime reference");
      const recorded = isoDateCell(cells, 'recorded_date', at, problems);
      const code = offenceCodeCell(cells, 'offence_code', at, problems);
      const lsoa = lsoaCell(cells, at, problems);
      const outcome = outcomeCodeCell(cells, 'outcome_code', at, problems, true);
      const outcomeDate = isoDateCell(cells, 'outcome_date', at, problems, true);
      if (recorded && outcomeDate && outcomeDate < recorded) {
        problems.push(messages.ingest.outcomeBeforeRecorded(at, recorded, quoteFound(outcomeDate)));
      }
      const flags = flagsCell(cells, at, problems);
      if (problems.length > 0 || !crimeRef || !recorded || !code || lsoa === undefined) return problems;
      if (outcome === undefined || outcomeDate === undefined || flags === undefined) return problems;
      return {
        forceSlug,
        period: monthOf(recorded),
        values: [
          forceSlug,
          crimeRef,
          recorded,
          monthOf(recorded),
          code,
          optionalText(cells, 'district'),
          lsoa,
          outcome,
          outcomeDate,
          flags,
        ],
      };
    };
  },
});

function lsoaCell(cells: RowCells, at: At, problems: Problem[]): string | null | undefined {
  const text = cells.get('lsoa_code');
  if (text === '') return null;
  if (LSOA_CODE.test(text)) return text;
  const expected = 'an LSOA code such as E01031234 (E01 or W01 and six digits), or empty';
  problems.push(
    messages.ingest.badValue(at, 'lsoa_code', expected, quoteFound(text), 'ingest.bad-lsoa-code'),
  );
  return undefined;
}

/** 'knife;domestic_abuse' -> the same, checked, lower-cased, each flag once; '' -> null (no flags). */
function flagsCell(cells: RowCells, at: At, problems: Problem[]): string | null | undefined {
  const text = cells.get('flags');
  if (text === '') return null;
  const parsed = parseFlags(text);
  if (typeof parsed !== 'object' || parsed === null) return parsed;
  problems.push(messages.ingest.unknownFlag(at, 'flags', CRIME_FLAGS, quoteFound(parsed.unknown)));
  return undefined;
}

const parseFlags = memoise((text: string): string | null | { unknown: string } => {
  const flags = [...new Set(text.split(';').map((flag) => flag.trim().toLowerCase()))].filter(Boolean);
  const unknown = flags.filter((flag) => !KNOWN_FLAGS.has(flag));
  if (unknown.length > 0) return { unknown: unknown.join(';') };
  return flags.length === 0 ? null : flags.join(';');
});
