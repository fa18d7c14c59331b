/**
 * Which published table fed a measure that fell back from its own source (measurePlan.ts), for
 * figures.json and for the words every output prints beside the figures: the table's name as its
 * publisher gives it, its release date (read from the published file name, `...-260723.ods` being
 * 26 July 2023, since the table itself does not state it) and the latest quarter it holds.
 */
import type { Fallback } from '../catalogue/measures/schema.js';
import {
  financialQuarterLabel,
  financialQuarterOf,
  financialYearOf,
  MONTH_NAMES,
} from '../stats/calendar.js';
import type { FedByJson } from './figureTypes.js';
import type { ProvenanceEntry } from './provenance.js';

export const PUBLISHED_TABLE_NAMES: Readonly<Record<Fallback['source'], string>> = {
  home_office: 'Home Office police recorded crime open data table',
};

export function fedByJson(
  fallback: Fallback,
  insteadOf: string,
  provenance: readonly ProvenanceEntry[],
  quarterStarts: readonly string[],
): FedByJson {
  const newest = [...provenance].sort((a, b) => a.last.localeCompare(b.last)).at(-1);
  const released = newest ? releaseDateOf(newest.path) : null;
  const lastStart = [...quarterStarts].sort().at(-1);
  const latestQuarter = lastStart ? quarterLabelOf(lastStart) : null;
  return {
    source: fallback.source,
    insteadOf,
    name: PUBLISHED_TABLE_NAMES[fallback.source],
    released,
    latestQuarter,
    offenceCodes: fallback.selection.offence_codes,
    codesConfirmed: fallback.codes_confirmed,
    note: fallback.note,
  };
}

/** '26 July 2023' from a file name ending '-260723.ods' (DDMMYY); null when the name holds no date. */
export function releaseDateOf(path: string): string | null {
  const found = /[-_](\d{2})(\d{2})(\d{2})\.(ods|xlsx|csv)$/i.exec(path);
  if (!found) return null;
  const [day, month, year] = [Number(found[1]), Number(found[2]), 2000 + Number(found[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** 'Q4 2017/18' for the quarter starting in January 2018. */
export function quarterLabelOf(quarterStart: string): string {
  return financialQuarterLabel(financialYearOf(quarterStart), financialQuarterOf(quarterStart));
}
