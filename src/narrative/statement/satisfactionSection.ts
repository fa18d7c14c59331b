/**
 * Victim satisfaction against target, as the reference lists it ("Domestic Abuse: 75% < Target 80%"),
 * with the in-month figures, each group's one verdict (from its SPC chart), and one figure.
 */
import { heading, list, paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { monthName, type Period } from '../../stats/calendar.js';
import { formatSatisfactionRate } from '../../stats/rounding.js';
import { targetLine } from '../sentences/rates.js';
import { verdictWords } from '../sentences/verdict.js';
import type { FigureMaker } from './figures.js';

/** "Victim satisfaction: domestic abuse" → "Domestic Abuse". */
export function cohortLabel(measure: MeasureJson): string {
  const tail = measure.title.includes(':')
    ? measure.title.slice(measure.title.indexOf(':') + 1)
    : measure.title;
  return tail
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export async function satisfactionBlocks(
  measures: readonly MeasureJson[],
  period: Period,
  figures: FigureMaker,
  headingId: string,
): Promise<Block[]> {
  const month = monthName(period.last);
  const rows = measures.flatMap((m) => {
    const rolling = m.figures?.rolling;
    const target = m.figures?.target;
    if (rolling?.status !== 'ok') return [];
    return [
      {
        m,
        rolling: rolling.value,
        months: rolling.months,
        responses: rolling.denominator,
        target: target?.status === 'ok' ? target.target : undefined,
      },
    ];
  });
  if (rows.length === 0) return [];
  const months = rows[0]!.months;
  const blocks: Block[] = [
    heading(3, headingId, 'Victim satisfaction against target'),
    paragraph(
      `In ${month}, the rolling ${months}-month 'whole experience' satisfaction delivered the following levels of performance:`,
    ),
    list(
      false,
      rows.map((r) =>
        r.target === undefined
          ? `${cohortLabel(r.m)}: ${formatSatisfactionRate(r.rolling / 100)} (no target set)`
          : targetLine(cohortLabel(r.m), r.rolling / 100, r.target),
      ),
    ),
  ];
  const inMonth = rows.flatMap((r) => {
    const latest = r.m.figures?.latestMonth;
    return latest?.status === 'ok'
      ? [`${cohortLabel(r.m)} (${formatSatisfactionRate(latest.value / 100)})`]
      : [];
  });
  if (inMonth.length > 0)
    blocks.push(paragraph(`The ${month} in-month figures were: ${joinWords(inMonth)}.`));
  const verdicts = rows.flatMap((r) => {
    const words = verdictWords(r.m);
    return words ? [`${r.m.title} — ${words}`] : [];
  });
  if (verdicts.length > 0)
    blocks.push(paragraph(`Each group's verdict, from its SPC chart in ${month}:`), list(false, verdicts));
  const withTargets = rows.filter((r) => r.target !== undefined);
  blocks.push(
    ...(await figures.make(
      'satisfaction-against-target',
      `Victim satisfaction against target, rolling ${months} months to ${month}`,
      withTargets.length === 0
        ? undefined
        : {
            kind: 'satisfaction',
            rateLabel: `Rolling ${months}-month 'whole experience' satisfaction, ${month}`,
            items: withTargets.map((r) => ({
              label: cohortLabel(r.m),
              percent: r.rolling,
              targetPercent: r.target!,
              ...(r.responses !== undefined ? { responses: r.responses } : {}),
            })),
          },
    )),
  );
  return blocks;
}

export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
