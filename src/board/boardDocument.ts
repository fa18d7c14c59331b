/**
 * The board pack as a Document (src/document/model.ts): the Markdown renderer writes it as it is,
 * and the HTML page (render/boardHtml.ts) writes the same blocks, drawing the icon key and the
 * summary tables with their icons and sparklines. In order:
 *   the summary table of each priority (first, so that the printed pack opens with the measures),
 *   the exceptions at a glance (a list linking to the cards), the figures restated since the last
 *   statement (restatedBox.ts; nothing when none), a card per exception (icons,
 *   house-style sentence, rules fired with their months, SPC chart, open questions), the measures
 *   without figures, and the key to the icons (last: each icon is labelled in words where drawn).
 */
import { figure, heading, link, list, paragraph, strong, table } from '../document/build.js';
import { monthLong, monthShort } from '../document/format.js';
import type { Block, Document, Inline, TableBlock } from '../document/model.js';
import type { QuestionFacts } from '../governance/index.js';
import { assuranceWords, headingWords, variationWords } from '../narrative/board/summaryWords.js';
import { OFFICER_CONTEXT_NOTE, OFFICER_HEADING, officerSentences } from '../narrative/sentences/officers.js';
import { ASSURANCE_MEANINGS, VARIATION_MEANINGS } from '../report/charts/mdcIcons.js';
import { spcChart } from '../report/charts/spcChart.js';
import type { Period } from '../stats/calendar.js';
import { type ExceptionCard, exceptionCard, RECENT_MONTHS } from './exceptionCard.js';
import type { BoardGroup, BoardPack, BoardRow } from './model.js';
import { restatedBox, restatedCardLine } from './restatedBox.js';
import { cellWords, summaryColumns } from './summaryColumns.js';

/** Blocks the HTML page draws itself: the key (icons) and the summary tables (icons, sparklines). */
export type RichBlock =
  | { readonly kind: 'key' }
  | { readonly kind: 'summary'; readonly group: BoardGroup }
  /** The heading of an exception card: it and the next `blocks - 1` blocks are the card. */
  | { readonly kind: 'card'; readonly card: ExceptionCard; readonly blocks: number };

export interface BoardDocument {
  readonly document: Document;
  readonly rich: ReadonlyMap<Block, RichBlock>;
  readonly cards: readonly ExceptionCard[];
}

export const BOARD_TITLE = 'Governance and Performance Board: performance summary';

function isoDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${monthShort(`${year}-${month}`).replace(/ \d+$/, '')} ${year}`;
}

function questionItem(q: QuestionFacts): Inline[] {
  const status = q.status.replace(/_/g, ' ');
  return [
    strong(q.id),
    {
      kind: 'text',
      text: ` (${status}; raised ${isoDay(q.raisedOn)} in the ${q.raisedIn}): regarding ${q.regarding}.`,
    },
  ];
}

function measureCell(row: BoardRow, cards: ReadonlyMap<string, ExceptionCard>): Inline[] {
  const card = cards.get(row.measure.id);
  const name: Inline = card
    ? link(row.measure.title, `#${card.id}`)
    : { kind: 'text', text: row.measure.title };
  const marking: Inline[] =
    row.measure.classification === 'OFFICIAL-SENSITIVE'
      ? [{ kind: 'text', text: ' (OFFICIAL-SENSITIVE)' }]
      : [];
  return [name, ...marking];
}

function summaryTable(
  pack: BoardPack,
  group: BoardGroup,
  cards: ReadonlyMap<string, ExceptionCard>,
): TableBlock {
  const cols = summaryColumns(pack.columns, pack.hasQuestions);
  return table({
    caption: `${group.title}: measures for ${pack.periodLabel}`,
    columns: cols.map((c) => ({ align: c.numeric ? 'right' : 'left', numeric: c.numeric })),
    rowHeaders: true,
    header: [cols.map(headingWords)],
    rows: group.rows.map((row) =>
      cols.map((c) => (c.key === 'measure' ? measureCell(row, cards) : cellWords(row, c.key))),
    ),
  });
}

function keyTable(): TableBlock {
  const rows = [
    ...Object.values(VARIATION_MEANINGS).map((m) => ['Variation', m.letter || '(none)', m.short, m.long]),
    ...Object.values(ASSURANCE_MEANINGS).map((m) => ['Assurance', m.letter, m.short, m.long]),
  ];
  return table({
    caption: 'Key to the Making Data Count icons',
    columns: [
      { align: 'left', numeric: false },
      { align: 'centre', numeric: false },
      { align: 'left', numeric: false },
      { align: 'left', numeric: false },
    ],
    rowHeaders: false,
    header: [['Type', 'Letter', 'Label', 'Meaning']],
    rows,
  });
}

/** 'Concern (lower): below the lower process limit in March 2024.' */
function glanceWords(card: ExceptionCard): string {
  const row = card.row;
  const parts: string[] = [];
  if (row.variation && row.variation !== 'common-cause') parts.push(variationWords(row));
  if (row.assurance === 'fail') parts.push(`${assuranceWords(row)} the target of ${row.target.text}`);
  const rule = card.latestRule && row.variation !== 'common-cause' ? `: ${card.latestRule}` : '';
  return `${parts.join('; ')}${rule}.`;
}

/** 'Variation: Concern (lower). Assurance: No target. Peer rank: 4th of 8 (0.24 per 1,000).' */
function factsWords(row: BoardRow): string {
  const facts = [`Variation: ${variationWords(row)}.`, `Assurance: ${assuranceWords(row)}.`];
  if (row.target.text !== undefined) facts.push(`Target: ${cellWords(row, 'target')}.`);
  if (row.peerRank.text !== undefined) facts.push(`Peer rank: ${cellWords(row, 'peerRank')}.`);
  if (row.baseline.text !== undefined)
    facts.push(`Change on the NCPM baseline: ${cellWords(row, 'baseline')}.`);
  if (row.national.text !== undefined) facts.push(`National position: ${cellWords(row, 'national')}.`);
  return facts.join(' ');
}

async function cardBlocks(card: ExceptionCard, figureNumber: number, pack: BoardPack): Promise<Block[]> {
  const row = card.row;
  const blocks: Block[] = [heading(2, card.id, row.measure.title)];
  // The chart first: the HTML page floats it beside the words that follow.
  if (card.chart) {
    const chart = await spcChart(card.chart);
    const points = card.chart.points;
    blocks.push(
      figure({
        id: `spc-${card.id.replace(/^exception-/, '')}`,
        number: figureNumber,
        caption: `${row.measure.title}: SPC chart, ${monthShort(points[0]!.month)} to ${monthShort(points.at(-1)!.month)}`,
        alt: chart.alt,
        svg: chart.svg,
        dataTable: chart.dataTable,
      }),
    );
  }
  blocks.push(paragraph(factsWords(row)), ...restatedCardLine(row.measure.id, pack.restated));
  if (card.sentence) blocks.push(paragraph(card.sentence));
  if (card.rules.length > 0) {
    blocks.push(
      paragraph(
        strong(`Rules fired in the ${RECENT_MONTHS} months to ${monthLong(pack.month)}, latest first:`),
      ),
    );
    blocks.push(list(false, card.rules));
  } else {
    blocks.push(paragraph(`No SPC rule fired in the ${RECENT_MONTHS} months to ${monthLong(pack.month)}.`));
  }
  if (pack.hasQuestions) {
    const questions = row.questions ?? [];
    if (questions.length === 0) blocks.push(paragraph(strong('Open questions: '), 'none.'));
    else {
      blocks.push(paragraph(strong('Open questions:')));
      blocks.push(list(false, questions.map(questionItem)));
    }
  }
  return blocks;
}

/** The exceptions in one list, each linking to its card: after the summary tables, before the cards. */
function glanceBlocks(cards: readonly ExceptionCard[]): Block[] {
  return [
    heading(1, 'exceptions-at-a-glance', `Exceptions at a glance (${cards.length})`),
    cards.length === 0
      ? paragraph('No measure shows special cause variation or a consistently failing target.')
      : list(
          false,
          cards.map((c) => [link(c.row.measure.title, `#${c.id}`), ` – ${glanceWords(c)}`]),
        ),
  ];
}

function introBlocks(pack: BoardPack): Block[] {
  const blocks: Block[] = [
    paragraph(
      `Every measure with figures for ${pack.periodLabel}, grouped by National Crime and Policing Measures priority. ` +
        'Within each priority the exceptions come first: measures whose latest value shows special cause variation ' +
        '(a change beyond what normal variation explains) or whose target will consistently be missed. ' +
        'Each exception has a card after the tables with its chart, the rules that fired and the open questions.',
    ),
  ];
  if (pack.exceptionsOnly)
    blocks.push(
      paragraph(
        `Exceptions only: ${pack.hiddenRows} measure${pack.hiddenRows === 1 ? '' : 's'} without an exception ${pack.hiddenRows === 1 ? 'is' : 'are'} not shown.`,
      ),
    );
  if (pack.withheld > 0)
    blocks.push(
      paragraph(
        `${pack.withheld} OFFICIAL-SENSITIVE measure${pack.withheld === 1 ? ' is' : 's are'} not included in this OFFICIAL version.`,
      ),
    );
  blocks.push(
    paragraph(
      'Each Making Data Count icon has its label beside it; what each one means is in the ',
      link('key to the icons', '#key'),
      ' at the end.',
    ),
  );
  return blocks;
}

export async function boardDocument(
  pack: BoardPack,
  period: Period,
  version: string,
): Promise<BoardDocument> {
  const rows = pack.groups.flatMap((g) => g.rows);
  const cards = rows.filter((r) => r.reasons.length > 0).map((r) => exceptionCard(r, period, pack.style));
  const byMeasure = new Map(cards.map((c) => [c.row.measure.id, c]));
  const rich = new Map<Block, RichBlock>();
  const blocks: Block[] = introBlocks(pack);

  blocks.push(heading(1, 'summary', 'Summary by priority'));
  for (const group of pack.groups) {
    blocks.push(heading(2, `priority-${group.priority.replace(/_/g, '-')}`, group.title));
    const summary = summaryTable(pack, group, byMeasure);
    rich.set(summary, { kind: 'summary', group });
    blocks.push(summary);
  }

  blocks.push(...glanceBlocks(cards), ...restatedBox(pack.restated));
  for (const source of pack.publishedSources ?? [])
    blocks.push(paragraph(strong(`${source.titles.join(', ')}.`), ` ${source.words}`));

  if (pack.officers)
    blocks.push(
      heading(1, 'officers', OFFICER_HEADING),
      paragraph(OFFICER_CONTEXT_NOTE),
      ...officerSentences(pack.officers, pack.forceName).map((s) => paragraph(s)),
    );

  if (cards.length > 0) blocks.push(heading(1, 'exceptions', 'Exceptions'));
  let figureNumber = 0;
  for (const card of cards) {
    if (card.chart) figureNumber += 1;
    const cardContent = await cardBlocks(card, figureNumber, pack);
    rich.set(cardContent[0]!, { kind: 'card', card, blocks: cardContent.length });
    blocks.push(...cardContent);
  }

  if (pack.unavailable.length > 0) {
    blocks.push(heading(1, 'not-shown', 'Measures without figures for this period'));
    blocks.push(
      list(
        false,
        pack.unavailable.map((u) => [strong(u.title), `: ${u.reason}`]),
      ),
    );
  }
  // The key goes last: the pack opens with the measures, and every icon has its label beside it.
  blocks.push(heading(1, 'key', 'Key to the icons'));
  const key = keyTable();
  rich.set(key, { kind: 'key' });
  blocks.push(key);
  return {
    document: {
      title: BOARD_TITLE,
      subtitle: `${pack.forceName} · ${pack.periodLabel}`,
      classification: pack.classification,
      meta: {
        organisation: pack.organisation,
        periodLabel: pack.periodLabel,
        generatedAt: pack.generatedAt,
        version,
      },
      blocks,
    },
    rich,
    cards,
  };
}
