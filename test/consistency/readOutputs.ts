/**
 * What an output shows of each measure's verdict, read back from the files a reader gets: the
 * Markdown of the statement, the Panel report and the board pack, and the website's HTML. Every
 * output writes a verdict the same ways (src/narrative/sentences/verdict.ts): 'Verdict: No real
 * change.' under the measure's heading or after 'Title — ', a 'Verdict' column in a table whose
 * first cell is the measure, or a card whose status badge follows the measure's linked name.
 */
import { VERDICT_LABELS } from '../../src/stats/verdict.js';
import { byTag, findAll, type HtmlElement, parseHtml, textOf } from '../report/helpers/htmlCheck.js';

export interface Shown {
  /** Which file, for the failure message. */
  readonly output: string;
  /** The measure's title as the output prints it. */
  readonly title: string;
  /** The verdict's label ('No real change'). */
  readonly label: string;
  /** The text it was read from: where percentages on small numbers are looked for. */
  readonly text: string;
  /** The CSS class of a site card's badge ('status-no-real-change'), when there is one. */
  readonly style?: string;
  /** Read from a 'Verdict' cell of a web page's table (the priority pages' summary tables). */
  readonly inTable?: boolean;
}

const LABELS = Object.values(VERDICT_LABELS);
const IN_TEXT = new RegExp(`Verdict: (${LABELS.join('|')})\\.`, 'g');

/** Markdown inline marks and escapes removed: '[Burglary (Home)](#x)' -> 'Burglary (Home)'. */
export function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .trim();
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => plain(c));
}

/** Every verdict a Markdown output shows, with the measure it is shown for. */
export function markdownVerdicts(output: string, markdown: string): Shown[] {
  const shown: Shown[] = [];
  let heading = '';
  let verdictColumn: number | undefined;
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (/^#{1,6} /.test(line)) {
      heading = plain(line.replace(/^#+ /, ''));
      continue;
    }
    if (line.startsWith('|')) {
      const row = cells(line);
      if (!inTable) {
        inTable = true;
        const i = row.indexOf('Verdict');
        verdictColumn = i > 0 ? i : undefined;
      } else if (verdictColumn !== undefined && !/^:?-+:?$/.test(row[0] ?? '')) {
        const label = (row[verdictColumn] ?? '').replace(/, small numbers$/, '');
        if (LABELS.includes(label)) shown.push({ output, title: row[0] ?? '', label, text: line });
      }
      continue;
    }
    inTable = false;
    for (const m of line.matchAll(IN_TEXT)) {
      const named = /^(?:- )?(.+?) — Verdict: /.exec(line);
      shown.push({ output, title: plain(named ? named[1]! : heading), label: m[1]!, text: plain(line) });
    }
  }
  return shown;
}

/** The site's measure cards: the linked name, then the status badge and the card's sentence. */
export function cardVerdicts(output: string, html: string): Shown[] {
  const root = parseHtml(html);
  return findAll(root, (e) => e.tag === 'li' && byTag(e, 'span').some(isBadge)).flatMap((li) => {
    const badge = byTag(li, 'span').find(isBadge)!;
    const heading = findAll(li, (e) => /^h[1-6]$/.test(e.tag))[0];
    if (!heading) return [];
    return [
      {
        output,
        title: textOf(heading).trim(),
        label: textOf(badge).trim(),
        text: textOf(li).replace(/\s+/g, ' ').trim(),
        style: badge.attributes.class ?? '',
      },
    ];
  });
}

const isBadge = (e: HtmlElement) => (e.attributes.class ?? '').split(' ').includes('status');

/** A measure page: its title (the h1) and the lead paragraph that states the verdict. */
export function pageVerdicts(output: string, html: string): Shown[] {
  const root = parseHtml(html);
  const title = textOf(byTag(root, 'h1')[0] ?? root).trim();
  const lead = findAll(root, (e) => e.tag === 'p' && e.attributes.class === 'lead')[0];
  if (!lead) return [];
  const text = textOf(lead).replace(/\s+/g, ' ').trim();
  return [...text.matchAll(IN_TEXT)].map((m) => ({ output, title, label: m[1]!, text }));
}

/** The text of an HTML page as a reader sees it (tags dropped, entities decoded, spaces collapsed). */
export function htmlText(html: string): string {
  return textOf(parseHtml(html)).replace(/\s+/g, ' ');
}

/**
 * The figures of an HTML page: each caption (the figure's own and its data table's) with the
 * legend labels of the chart drawn beside it.
 */
export function pageFigures(html: string): { caption: string; legend: string[] }[] {
  const root = parseHtml(html);
  return byTag(root, 'figure').flatMap((figure) => {
    const legend = findAll(
      figure,
      (e) => e.tag === 'g' && (e.attributes.class ?? '').includes('role-legend-label'),
    )
      .map((g) => textOf(g).trim())
      .filter((t) => t !== '');
    const captions = [...byTag(figure, 'figcaption'), ...byTag(figure, 'caption')].map((c) =>
      textOf(c).replace(/\s+/g, ' ').trim(),
    );
    return captions.map((caption) => ({ caption, legend }));
  });
}

/** Series a caption may name, and the legend label that shows the chart draws it. */
const NAMEABLE: readonly [RegExp, string][] = [
  [/3-year average/i, '3-year average'],
  [/\bforecast\b/i, 'Forecast'],
  [/\btarget\b/i, 'Target'],
  [/process limits/i, 'Process limits'],
  [/\bthe mean\b/i, 'Mean'],
];

/** The series a caption names that its chart's legend does not show: empty when the caption is true. */
export function missingLayers(caption: string, legend: readonly string[]): string[] {
  return NAMEABLE.filter(
    ([named, label]) => named.test(caption) && !legend.some((l) => l.startsWith(label)),
  ).map(([, label]) => label);
}

const cellsOf = (row: HtmlElement) =>
  findAll(row, (e) => e.tag === 'th' || e.tag === 'td').map((c) => textOf(c).replace(/\s+/g, ' ').trim());

/** A web page's tables with a 'Verdict' column: each row's first cell names the measure. */
export function tableVerdicts(output: string, html: string): Shown[] {
  return byTag(parseHtml(html), 'table').flatMap((table) => {
    const [head, ...rows] = byTag(table, 'tr');
    const column = head ? cellsOf(head).indexOf('Verdict') : -1;
    if (column <= 0) return [];
    return rows.flatMap((tr) => {
      const cells = cellsOf(tr);
      const label = (cells[column] ?? '').replace(/, small numbers$/, '');
      if (!LABELS.includes(label)) return [];
      return [{ output, title: cells[0] ?? '', label, text: cells.join(' | '), inTable: true }];
    });
  });
}
