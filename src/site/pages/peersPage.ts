/**
 * How the force compares with its most similar forces: for each measure with a peer comparison,
 * every force's crimes per 1,000 people, ranked (1st is the highest rate), in a table: a ranking
 * reads more exactly as numbers than as bars, and works the same on a phone and a screen reader.
 */

import { columns } from '../../document/build.js';
import type { Table, TableCell } from '../../document/model.js';
import type { MeasureJson, PeersJson } from '../../measures/result.js';
import {
  OFFICER_CONTEXT_NOTE,
  OFFICER_HEADING,
  officerSentences,
} from '../../narrative/sentences/officers.js';
import { leftOutSentences } from '../../narrative/sentences/peers.js';
import { officerPeersTable, officerYearsTable } from '../../narrative/statement/officerSection.js';
import { formatCount, roundHalfAwayFromZero } from '../../stats/rounding.js';
import { a, esc, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

export function peersOf(measure: MeasureJson): PeersJson | undefined {
  const p = measure.figures?.peers;
  return p?.status === 'ok' ? p : undefined;
}

const rate = (v: number) => roundHalfAwayFromZero(v, 2).toFixed(2);

function peersTable(measure: MeasureJson, peers: PeersJson, forceSlug: string): Table {
  const rows = [...peers.forces]
    .sort((x, y) => x.rank - y.rank)
    .map((f): TableCell[] => {
      const own = f.slug === forceSlug;
      const cell = (text: string): TableCell => (own ? [{ kind: 'strong', text }] : text);
      return [
        cell(f.name),
        cell(formatCount(f.count)),
        cell(formatCount(f.population)),
        cell(rate(f.ratePer1000)),
        cell(String(f.rank)),
      ];
    });
  return {
    caption: `${measure.title}, ${peers.period}: crimes per 1,000 people in each force (1st is the highest rate)`,
    columns: columns('lnnnn'),
    rowHeaders: true,
    header: [['Force', 'Crimes', 'Population', 'Per 1,000 people', 'Rank']],
    rows,
  };
}

export function measuresWithPeers(ctx: SiteContext): MeasureJson[] {
  return ctx.model.result.measures.filter((m) => peersOf(m) !== undefined);
}

/** Police officer numbers as context (not a national measure), when the workforce table is loaded. */
function officersHtml(ctx: SiteContext): string {
  const officers = ctx.model.result.officers;
  if (!officers) return '';
  const name = ctx.model.force.name;
  const peers = officerPeersTable(officers);
  return [
    `<h2 id="officers">${esc(OFFICER_HEADING)}</h2>`,
    `<p>${esc(OFFICER_CONTEXT_NOTE)}</p>`,
    ...officerSentences(officers, name).map((s) => `<p>${esc(s)}</p>`),
    tableHtmlOf(officerYearsTable(officers, name), 'officers-years'),
    peers ? tableHtmlOf(peers, 'officers-peers') : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function peersPage(ctx: SiteContext): Page {
  const path = sitePaths.peers;
  const { model } = ctx;
  const sections = measuresWithPeers(ctx).map((m, i) => {
    const peers = peersOf(m)!;
    const own = peers.forces.find((f) => f.slug === model.result.force.slug);
    const sentence = [
      own
        ? `${model.force.name} had ${rate(own.ratePer1000)} crimes per 1,000 people in ${peers.period}, the ${peers.text} among these forces.`
        : '',
      ...leftOutSentences(peers.leftOut),
    ]
      .filter(Boolean)
      .join(' ');
    return `<h2 id="peers-${i + 1}">${a(path, sitePaths.measure(m.id), m.title)}</h2>\n<p>${esc(sentence)}</p>\n${tableHtmlOf(peersTable(m, peers, model.result.force.slug), `peers-table-${i + 1}`)}`;
  });
  return {
    path,
    title: 'How we compare with similar forces',
    section: 'peers',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: `${model.force.area} compared with its most similar police forces.`,
    body: [
      `<p class="lead">${esc(`Forces differ in size, so they are compared by crimes per 1,000 people. The forces here are the ones most similar to ${model.force.area} in population and area (its Most Similar Group).`)}</p>`,
      sections.length > 0
        ? sections.join('\n')
        : `<p>${esc('No peer comparison is available for this quarter.')}</p>`,
      `<p>${a(path, sitePaths.peersCsv, 'Download the comparison (CSV)')}</p>`,
      officersHtml(ctx),
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
