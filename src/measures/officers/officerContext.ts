/**
 * The officer numbers of each subject force for a run (officerNumbers.ts), when the police
 * workforce table is loaded for it: the years up to the period's end, so a statement for Q4 2017/18
 * reports 31 March 2018 and never a later count.
 */
import { populationFor } from '../../catalogue/reference/populationFor.js';
import type { Period } from '../../stats/calendar.js';
import type { Store } from '../../store/store.js';
import type { DatasetSpan } from '../dataLoaded.js';
import type { OfficerNumbersJson } from '../figureTypes.js';
import type { Subject } from '../subject.js';
import { officerNumbers } from './officerNumbers.js';
import { officerRows, WORKFORCE_TABLE_NAME } from './officerRows.js';

export async function officerContext(
  store: Store,
  spans: readonly DatasetSpan[],
  subjects: readonly Subject[],
  period: Period,
): Promise<(OfficerNumbersJson | undefined)[]> {
  const loaded = subjects.some((s) =>
    spans.some((span) => span.dataset === 'ho_workforce' && span.forceSlug === s.slug),
  );
  if (!loaded) return subjects.map(() => undefined);
  const forces = [...new Set(subjects.flatMap((s) => [s.slug, ...s.peers.map((p) => p.slug)]))];
  const data = await officerRows(store, forces);
  const upToPeriod = data.rows.filter((r) => r.asAt.slice(0, 7) <= period.last);
  const source = { name: WORKFORCE_TABLE_NAME, released: data.released };
  return subjects.map((subject) => officerNumbers(upToPeriod, subject, populationFor, source));
}
