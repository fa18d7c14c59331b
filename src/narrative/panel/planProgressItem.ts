/**
 * Item 4, progress against the Police and Crime Plan: for each objective, its measures' figures
 * for the quarter (one table, the same figures as Appendix A) and the activities and decisions
 * recorded under it since the previous Panel, by theme, as the reference report's 'Fight crime and
 * reduce offending / a) Violent Crime / Serious Violence Duty'.
 */
import { columns, heading, list, paragraph, table } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { StandingItemRecords } from '../../governance/index.js';
import { type PanelContext, questionsAnchor, shownMeasure, slug } from './context.js';
import { longDate } from './dates.js';
import { objectiveMeasureIds, progressRow } from './measureProgress.js';
import { activityBlock, decisionBlock, recordBlocks } from './recordBlocks.js';

type Plan = NonNullable<PanelContext['records']['plan']>;
type Objective = Plan['objectives'][number];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function measuresTable(ctx: PanelContext, objective: Objective): Block[] {
  const period = ctx.measures.period.label;
  const yearEarlier = ctx.measures.measures.find((m) => m.figures?.yearEarlier.status === 'ok')?.figures
    ?.yearEarlier;
  const earlierLabel = yearEarlier?.status === 'ok' ? yearEarlier.period.label : 'a year earlier';
  const ids = objectiveMeasureIds(objective);
  const shown = ids.flatMap((id) => shownMeasure(ctx, id) ?? []);
  const withheld = ids.length - shown.length;
  if (shown.length === 0)
    return [paragraph(`No measure that this report may show is linked to this objective in the Plan.`)];
  const byMeasure = new Map(ctx.openQuestions.byMeasure.map((b) => [b.measure, b.questions]));
  const notes: string[] = [];
  const rows = shown.map((m) => {
    const questions = byMeasure.get(m.id) ?? [];
    const row = progressRow({
      measure: m,
      questionIds: questions.map((q) => q.id),
      questionsAnchor: questions.length > 0 ? questionsAnchor(m.id) : undefined,
    });
    if (row.note !== undefined) notes.push(`${m.title}: ${row.note}`);
    return row.cells;
  });
  const blocks: Block[] = [
    table({
      caption: `${objective.title}: measures, ${period}`,
      header: [['Measure', period, `On ${earlierLabel}`, 'Verdict', '3-year average', 'Target', 'Questions']],
      columns: columns('lnnlllc'),
      // No row headers: the renderers keep a row header on one line, and measure titles are long.
      rows,
    }),
  ];
  if (notes.length > 0) blocks.push(paragraph('Figures not available:'), list(false, notes));
  if (withheld > 0)
    blocks.push(
      paragraph(
        `${withheld} further measure${withheld === 1 ? ' is' : 's are'} linked to this objective but classified OFFICIAL-SENSITIVE, and ${withheld === 1 ? 'is' : 'are'} not shown in this report.`,
      ),
    );
  return blocks;
}

function key(ctx: PanelContext): Block {
  const alpha = `${Math.round(ctx.measures.settings.significanceLevel * 100)}%`;
  const below = ctx.measures.settings.smallNumbersBelow;
  const small = typeof below === 'number' ? below : 10;
  const averaged =
    ctx.measures.settings.threeYearAverage === 'previous_36_months'
      ? 'the mean of the 12 quarters before it'
      : 'the mean of the same quarter in the three previous years';
  const inLine = ctx.measures.settings.threeYearAverageInLine;
  return list(false, [
    `Change: on the same quarter a year earlier. Rates are 'action taken' outcome rates or satisfaction rates; their changes are in percentage points.`,
    `Verdict: the measure's one verdict, the same in every output: better or worse only when a test finds a real change (for counts, an exact test of the two quarters' counts at the ${alpha} level; for rates, the latest month on its statistical process control chart, as NHS England's Making Data Count does it), otherwise no real change; 'small numbers' where either count is under ${small}, and the change is then given in counts.`,
    `3-year average: the quarter against ${averaged}, 'in line' when ${inLine}; counts only.`,
  ]);
}

function objectiveRecords(
  ctx: PanelContext,
  item: StandingItemRecords,
  objective: Objective,
  n: number,
): Block[] {
  const own = (x: { objective?: string | undefined }) => x.objective === objective.id;
  const decisions = item.decisions.filter(own);
  const activities = item.activities.filter(own);
  if (decisions.length + activities.length === 0)
    return [paragraph(`No activities or decisions under this objective have been recorded for this period.`)];
  const blocks: Block[] = recordBlocks(
    decisions,
    activities.filter((a) => a.theme === undefined),
    ctx,
  );
  let letter = 0;
  for (const theme of objective.themes) {
    const themed = activities.filter((a) => a.theme === theme.id);
    if (themed.length === 0) continue;
    blocks.push(
      heading(3, `item-4-${n}-${slug(theme.id)}`, `${LETTERS[letter++] ?? '-'}) ${theme.title}`),
      ...themed.map((a) => activityBlock(a, ctx)),
    );
  }
  return blocks;
}

export function planProgressItem(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const plan = ctx.records.plan;
  const blocks: Block[] = [];
  if (plan === undefined) {
    blocks.push(
      paragraph(
        'No Police and Crime Plan is recorded in the governance records (plan.yaml), so progress against its objectives cannot be shown.',
      ),
      ...recordBlocks(item.decisions, item.activities, ctx),
    );
    return blocks;
  }
  blocks.push(
    paragraph(
      `The ${plan.title} runs from ${longDate(plan.period.from)} to ${longDate(plan.period.to)} and sets out ${plan.objectives.length} objective${plan.objectives.length === 1 ? '' : 's'}. Under each, the measures that show progress on it are given for ${ctx.measures.period.label}, the same figures as the statement at Appendix A, followed by the activities and decisions recorded since the previous meeting.`,
    ),
    key(ctx),
  );
  plan.objectives.forEach((objective, i) => {
    const n = i + 1;
    blocks.push(heading(2, `item-4-${n}`, `4.${n} ${objective.title}`));
    if (objective.description) blocks.push(paragraph(objective.description));
    blocks.push(...measuresTable(ctx, objective), ...objectiveRecords(ctx, item, objective, n));
  });
  const known = new Set(plan.objectives.map((o) => o.id));
  const loose = (x: { objective?: string | undefined }) =>
    x.objective === undefined || !known.has(x.objective);
  const otherDecisions = item.decisions.filter(loose);
  const otherActivities = item.activities.filter(loose);
  if (otherDecisions.length + otherActivities.length > 0) {
    const n = plan.objectives.length + 1;
    blocks.push(
      heading(2, `item-4-${n}`, `4.${n} Other activities and decisions`),
      ...otherDecisions.map(decisionBlock),
      ...otherActivities.map((a) => activityBlock(a, ctx)),
    );
  }
  return blocks;
}
