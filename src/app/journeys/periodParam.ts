/** A quarter from a URL segment ('Q4 2023/24', encoded): its label, or undefined when it is not one. */
import { parsePeriod } from '../../stats/calendar.js';

export function periodOf(segment: string): string | undefined {
  try {
    const period = parsePeriod(decodeURIComponent(segment), 'period');
    return period.kind === 'quarter' ? period.label : undefined;
  } catch {
    return undefined;
  }
}
