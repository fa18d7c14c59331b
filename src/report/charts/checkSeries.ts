/**
 * Input checks shared by the chart functions: months must be 'YYYY-MM', in order, each once;
 * values must be finite. A chart drawn from a NaN or a shuffled series would mislead quietly.
 */
import { isMonth } from '../../document/format.js';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { ScrutinyError } from '../../errors/problem.js';

const m = messages.report;

export function checkMonths(chart: string, field: string, months: readonly string[], out: Problem[]): void {
  months.forEach((month, i) => {
    if (!isMonth(month)) {
      out.push(m.chartBadMonth(chart, `${field}[${i}].month`, month));
      return;
    }
    const previous = months[i - 1];
    if (previous !== undefined && isMonth(previous) && month <= previous) {
      out.push(m.chartMonthsOutOfOrder(chart, `${field}[${i}].month`, previous, month));
    }
  });
}

export function checkFinite(chart: string, field: string, value: number | undefined, out: Problem[]): void {
  if (value !== undefined && !Number.isFinite(value)) out.push(m.chartBadValue(chart, field, value));
}

export function checkLength(
  chart: string,
  field: string,
  minimum: number,
  found: number,
  out: Problem[],
): void {
  if (found < minimum) out.push(m.chartTooFewPoints(chart, field, minimum, found));
}

export function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ScrutinyError(problems);
}
