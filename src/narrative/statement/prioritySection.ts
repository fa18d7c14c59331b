/**
 * One national priority of the statement: its Government measures, the force's proxy measures,
 * 'Force data' (generated narrative and figures for each measure shown, open scrutiny questions under
 * their measure) and 'OPCC commentary' (the analysts' Markdown for the priority).
 */
import type { Priority } from '../../catalogue/measures/schema.js';
import { callout, columns, emphasis, heading, paragraph, table } from '../../document/build.js';
import { markdownBlocks } from '../../document/markdownBlocks.js';
import type { Block } from '../../document/model.js';
import type { QuestionFacts } from '../../governance/index.js';
import { statementYear } from '../../measures/figures/yearFigure.js';
import type { RestatementsJson } from '../../measures/restatements.js';
import type { MeasureJson } from '../../measures/result.js';
import { type Period, samePeriodYearEarlier } from '../../stats/calendar.js';
import { periodVolume } from '../../stats/change.js';
import type { NumberStyle } from '../../stats/numberStyle.js';
import { formatCount, formatProportion } from '../../stats/rounding.js';
import { publishedSourceWords } from '../sentences/publishedSource.js';
import { verdictWords } from '../sentences/verdict.js';
import { leadTitle, rateRequest, spcRequest, volumesRequest } from './chartRequests.js';
import { countParagraphs } from './countNarrative.js';
import type { FigureMaker } from './figures.js';
import { homicideParagraphs } from './homicideSection.js';
import type { PriorityLayout, Section } from './layout.js';
import { isRate } from './layout.js';
import { spcLimitsText, spcOfMonth } from './meaning.js';
import { measureLists } from './measureLists.js';
import { rollingAt, valueSeries } from './measureSeries.js';
import { PRIORITY_TITLES, priorityId } from './priorities.js';
import { proxyCountParagraphs } from './proxyNarrative.js';
import { questionParagraphs } from './questions.js';
import { rateParagraphs } from './rateNarrative.js';
import { restatedParagraphs } from './restatementBlocks.js';
import { satisfactionBlocks } from './satisfactionSection.js';
import type { StatementSettings } from './settingsOf.js';
import { summaryRow, summaryTable } from './summaryTable.js';
import type { ChartRequest, CommentaryFile } from './types.js';
import { publishedOnlyParagraphs, yardstickParagraphs } from './yardstickParagraphs.js';

export interface PriorityContext {
  readonly number: number;
  readonly period: Period;
  readonly settings: StatementSettings;
  readonly forceName: string;
  readonly questions: readonly QuestionFacts[];
  readonly commentary: CommentaryFile | undefined;
  readonly commentaryFolder: string;
  /** The checker's unresolved findings in the commentary, by line, marked where they stand. */
  readonly marks?: ReadonlyMap<number, string>;
  readonly figures: FigureMaker;
  /** Figures the previous statement printed that the data now give differently. */
  readonly restatements?: RestatementsJson;
}

/**
 * Which figures a priority gets: the volumes and the 'action taken' rate of its first measure that
 * has them (the reference's 'Figure 3 – Burglary (Home) Volumes' and 'Figure 2' rate chart), and
 * the SPC chart of any measure whose latest month is special cause, the case where the reader needs
 * to see the limits. Every other measure is told in words, with the same judgements.
 */
interface FigurePlan {
  volumes: boolean;
  rate: boolean;
}

const idOf = (measureId: string) => measureId.replace(/_/g, '-');

/** The fewest months a proxy's charts are drawn from when the SPC settings name no baseline. */
const MIN_PROXY_CHART_MONTHS = 12;

export async function prioritySection(layout: PriorityLayout, ctx: PriorityContext): Promise<Block[]> {
  const pid = priorityId(layout.priority);
  const n = ctx.number;
  const blocks: Block[] = [heading(1, pid, `${n}. ${PRIORITY_TITLES[layout.priority]}`)];
  blocks.push(
    ...summaryTable(
      [...layout.government, ...layout.proxies],
      ctx.period,
      ctx.settings.baselineLabel,
      `${PRIORITY_TITLES[layout.priority]}: summary`,
      ctx.settings.style,
    ),
  );
  blocks.push(...measureLists(layout));
  blocks.push(heading(2, `${pid}-force-data`, `${n}.1. Force data`));
  const asked = new Set<string>();
  const questionsFor = (ids: readonly string[]) => {
    const found = ctx.questions.filter((q) => !asked.has(q.id) && q.measures.some((m) => ids.includes(m)));
    for (const q of found) asked.add(q.id);
    return found.flatMap((q) => questionParagraphs(q, ctx.forceName));
  };

  const satisfaction = layout.sections.filter((s) => s.lead.statistic === 'satisfaction_rate');
  let wrote = false;
  const plan: FigurePlan = { volumes: false, rate: false };
  for (const section of layout.sections) {
    if (section.lead.statistic === 'satisfaction_rate') continue;
    blocks.push(...(await sectionBlocks(section, ctx, plan)));
    blocks.push(...questionsFor(idsOf(section)));
    wrote = true;
  }
  const published = publishedOnlyParagraphs(
    [...layout.government, ...layout.proxies],
    ctx.settings,
    ctx.forceName,
  );
  blocks.push(...published);
  wrote = wrote || published.length > 0;
  if (satisfaction.length > 0) {
    const sat = await satisfactionBlocks(
      satisfaction.map((s) => s.lead),
      ctx.period,
      ctx.figures,
      `${pid}-against-target`,
    );
    blocks.push(...sat, ...questionsFor(satisfaction.map((s) => s.lead.id)));
    wrote = wrote || sat.length > 0;
  }
  for (const measure of layout.external) {
    const questions = questionsFor([measure.id]);
    if (questions.length === 0) continue;
    blocks.push(
      heading(3, idOf(measure.id), measure.title),
      paragraph(measure.statusText ?? measure.externalReason ?? 'This measure is not in the force data.'),
      ...questions,
    );
    wrote = true;
  }
  if (!wrote)
    blocks.push(
      paragraph(
        "None of this priority's measures is available in the data loaded; the measures above say where each is published.",
      ),
    );

  blocks.push(heading(2, `${pid}-commentary`, `${n}.2. OPCC commentary`));
  if (ctx.commentary && ctx.commentary.text.trim() !== '')
    blocks.push(
      ...markdownBlocks(ctx.commentary.text, {
        topLevel: 3,
        idPrefix: `${pid}-commentary`,
        ...(ctx.marks ? { marks: ctx.marks } : {}),
      }),
    );
  else
    blocks.push(
      callout(
        'caution',
        [
          [
            `No OPCC commentary has been written for this priority (${ctx.commentaryFolder}/${layout.priority}.md).`,
          ],
        ],
        'Missing commentary',
      ),
    );
  return blocks;
}

function idsOf(section: Section): string[] {
  return [
    section.lead.id,
    ...(section.rate ? [section.rate.id] : []),
    ...section.parts.flatMap((p) => [p.measure.id, ...(p.rate ? [p.rate.id] : [])]),
  ];
}

async function sectionBlocks(section: Section, ctx: PriorityContext, plan: FigurePlan): Promise<Block[]> {
  const { lead, rate } = section;
  const id = idOf(lead.id);
  const blocks: Block[] = [heading(3, id, isRate(lead) ? leadTitle(lead) : lead.title)];
  if (lead.dataNote) blocks.push(paragraph(emphasis(lead.dataNote)));
  if (lead.fedBy) blocks.push(paragraph(publishedSourceWords(lead.fedBy)));
  blocks.push(...verdictParagraph(lead));
  blocks.push(...restatedParagraphs(idsOf(section), ctx.restatements));
  const yardsticks = yardstickParagraphs(lead, ctx.settings, ctx.forceName);
  if (lead.figures?.homicideOutlier !== undefined) {
    blocks.push(...homicideParagraphs(lead, ctx.forceName), ...yardsticks);
    return blocks;
  }
  const make = (suffix: string, caption: string, request: ChartRequest | undefined) =>
    ctx.figures.make(`${id}-${suffix}`, caption, request);
  const spcCaption = (m: MeasureJson) => {
    const limits = spcLimitsText(m);
    return `${m.title}: statistical process control chart${limits ? ` (limits from ${limits})` : ''}`;
  };
  if (isRate(lead)) {
    blocks.push(...rateParagraphs(lead, ctx.period));
    if (!plan.rate) {
      const figure = await make(
        'rate',
        `${leadTitle(lead)}: 'action taken' outcome rate`,
        rateRequest(lead, ctx.period),
      );
      plan.rate = figure.length > 0;
      blocks.push(...figure);
    }
    blocks.push(...(await make('spc', spcCaption(lead), latestSpecial(lead, ctx.period))));
    return blocks;
  }
  if (lead.frequency === 'quarter') {
    // A published quarterly count leads with the quarter as a proxy does; it has no monthly charts.
    blocks.push(...proxyCountParagraphs(lead, ctx.period, ctx.settings, ctx.forceName));
    if (section.parts.length > 0) blocks.push(partsTable(section, ctx.period, ctx.settings.style));
    return blocks;
  }
  if (lead.source === 'police_uk') {
    // A proxy leads with the quarter and always shows both its charts (proxyNarrative.ts).
    const minMonths = ctx.settings.spc.baselinePoints ?? MIN_PROXY_CHART_MONTHS;
    blocks.push(...proxyCountParagraphs(lead, ctx.period, ctx.settings, ctx.forceName), ...yardsticks);
    blocks.push(
      ...(await make('volumes', `${lead.title} volumes`, volumesRequest(lead, ctx.period, minMonths))),
      ...(await make('spc', spcCaption(lead), spcRequest(lead, ctx.period, { always: true, minMonths }))),
    );
    return blocks;
  }
  blocks.push(...countParagraphs(lead, ctx.forceName, ctx.settings.style), ...yardsticks);
  if (!plan.volumes) {
    const figure = await make('volumes', `${lead.title} volumes`, volumesRequest(lead, ctx.period));
    plan.volumes = figure.length > 0;
    blocks.push(...figure);
  }
  blocks.push(...(await make('spc', spcCaption(lead), latestSpecial(lead, ctx.period))));
  if (rate) {
    blocks.push(...verdictParagraph(rate, `${rate.title} — `));
    blocks.push(...rateParagraphs(rate, ctx.period));
    if (!plan.rate) {
      const figure = await make(
        'rate',
        `${lead.title}: 'action taken' outcome rate`,
        rateRequest(rate, ctx.period),
      );
      plan.rate = figure.length > 0;
      blocks.push(...figure);
    }
    blocks.push(...(await make('rate-spc', spcCaption(rate), latestSpecial(rate, ctx.period))));
  }
  if (section.parts.length > 0) blocks.push(partsTable(section, ctx.period, ctx.settings.style));
  return blocks;
}

/** The measure's one verdict and, when its two tests disagree, the sentence reconciling them. */
function verdictParagraph(measure: MeasureJson, lead = ''): Block[] {
  const words = verdictWords(measure);
  return words ? [paragraph(`${lead}${words}`)] : [];
}

/** The SPC chart request when the period's last month is special cause. */
function latestSpecial(measure: MeasureJson, period: Period): ChartRequest | undefined {
  return spcOfMonth(measure, period.last)?.special ? spcRequest(measure, period) : undefined;
}

function partsTable(section: Section, period: Period, style: NumberStyle): Block {
  const year = statementYear(period);
  const earlier = samePeriodYearEarlier(period);
  const rateHeader = `'action taken' rate, ${period.label}`;
  const withRates = section.parts.some((p) => p.rate);
  return table({
    caption: `${section.lead.title}: the parts`,
    columns: columns(withRates ? 'lnnnlnln' : 'lnnnlnl'),
    rowHeaders: true,
    header: [
      [
        'Part',
        period.label,
        earlier.label,
        'Change',
        'Verdict',
        year.label,
        'Change on the NCPM baseline',
        ...(withRates ? [rateHeader] : []),
      ],
    ],
    rows: section.parts.map(({ measure, rate }) => {
      const f = measure.figures;
      const current = f?.current.status === 'ok' ? formatCount(f.current.value) : '–';
      const before = f?.yearEarlier.status === 'ok' ? formatCount(f.yearEarlier.value) : '–';
      const change = f?.changeOnYearEarlier.status === 'ok' ? f.changeOnYearEarlier.text : '–';
      const volume = periodVolume(valueSeries(measure, period.last), year);
      const rolling = rate ? rollingAt(rate, period.last) : undefined;
      return [
        measure.title,
        current,
        before,
        change,
        measure.verdict?.label ?? '–',
        volume.status === 'complete' ? formatCount(volume.value) : '–',
        summaryRow(measure, period, style).changeOnBaseline,
        ...(withRates
          ? [rolling === undefined || rolling === null ? '–' : formatProportion(rolling / 100, 1)]
          : []),
      ];
    }),
  });
}

export type { Priority };
