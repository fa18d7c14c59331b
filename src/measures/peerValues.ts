/**
 * The peer comparison's input: each force's volume for the period, from the source that holds them
 * all (police.uk monthly, or Home Office tables quarterly).
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { monthsOf, type Period } from '../stats/calendar.js';
import { periodVolume } from '../stats/change.js';
import type { MeasureSeries } from './fetchSeries.js';
import type { PeerValues } from './figures/peerFigure.js';
import type { Subject } from './subject.js';

export function peerValues(
  peer: Measure,
  subject: Subject,
  series: ReadonlyMap<string, MeasureSeries>,
  period: Period,
): PeerValues {
  const forces = [subject, ...subject.peers].map((force) => {
    const s = series.get(force.slug);
    const value = s ? periodValue(s, period) : null;
    return {
      slug: force.slug,
      name: force.name,
      population: force.population,
      value,
      ...(value === null ? { missingMonths: missingMonths(s, period) } : {}),
    };
  });
  return {
    source: peer.source === 'home_office' ? 'home_office' : 'police_uk',
    period: period.label,
    subject: subject.slug,
    forces,
  };
}

/** A monthly series sums the period's months; a quarterly one its quarters (none for a single month). */
function periodValue(series: MeasureSeries, period: Period): number | null {
  if (series.frequency === 'month') {
    const volume = periodVolume(series.value, period);
    return volume.status === 'complete' ? volume.value : null;
  }
  const starts = monthsOf(period).filter((_, i) => i % 3 === 0);
  if (period.kind === 'month' || !starts.every((m) => series.value.has(m))) return null;
  return starts.reduce((total, m) => total + (series.value.get(m) ?? 0), 0);
}

/**
 * The months of the period the force's series lacks (a quarterly series: the months of each quarter
 * it lacks); every month when the source holds nothing for the force. A single month asked of a
 * quarterly series lacks nothing but still has no value: it is reported as that month.
 */
function missingMonths(series: MeasureSeries | undefined, period: Period): string[] {
  const months = monthsOf(period);
  if (!series) return months;
  if (series.frequency === 'month') return months.filter((m) => !series.value.has(m));
  const lacking = months.filter((m, i) => !series.value.has(months[i - (i % 3)] ?? m));
  return lacking.length > 0 ? lacking : months;
}
