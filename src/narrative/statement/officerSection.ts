/**
 * Police officer numbers in the statement's overview, as context and not as a national measure:
 * the sentences (sentences/officers.ts), the officers at 31 March of each year from 2010 (with the
 * population each rate is divided by, and where it comes from) and the peers at the latest date.
 */
import { columns, heading, paragraph, table } from '../../document/build.js';
import type { Block, Table } from '../../document/model.js';
import type { OfficerNumbersJson } from '../../measures/figureTypes.js';
import { BASE_YEAR } from '../../measures/officers/officerNumbers.js';
import { formatAverage, formatCount } from '../../stats/rounding.js';
import {
  OFFICER_CONTEXT_NOTE,
  OFFICER_HEADING,
  officerSentences,
  per1000Text,
} from '../sentences/officers.js';

export function officerBlocks(officers: OfficerNumbersJson, forceName: string, number: string): Block[] {
  const peers = officerPeersTable(officers);
  return [
    heading(2, 'officers', `${number}. ${OFFICER_HEADING}`),
    paragraph(OFFICER_CONTEXT_NOTE),
    ...officerSentences(officers, forceName).map((s) => paragraph(s)),
    table(officerYearsTable(officers, forceName)),
    ...(peers ? [table(peers)] : []),
  ];
}

/** The force's officers at 31 March of each year from 2010, with the population each rate divides by. */
export function officerYearsTable(officers: OfficerNumbersJson, forceName: string): Table {
  const years = officers.years.filter((y) => Number(y.asAt.slice(0, 4)) >= BASE_YEAR);
  return {
    caption: `${forceName}: police officers at 31 March`,
    columns: columns('lnnnl'),
    rowHeaders: true,
    header: [['31 March', 'Full-time equivalent', 'Headcount', 'Per 1,000 population', 'Population used']],
    rows: years.map((y) => [
      y.asAt.slice(0, 4),
      y.fteText,
      y.headcountText,
      y.per1000Text ?? '–',
      y.population ? `${formatCount(y.population.value)} (${y.population.source})` : '–',
    ]),
  };
}

/** The peers at the latest date, ranked by officers per 1,000 population; undefined without peers. */
export function officerPeersTable(officers: OfficerNumbersJson): Table | undefined {
  const peers = officers.peers;
  if (!peers) return undefined;
  return {
    caption: `Police officers per 1,000 population in the Most Similar Group, ${peers.asAt} (1st is the highest)`,
    columns: columns('lnnnl'),
    rowHeaders: true,
    header: [['Force', 'Full-time equivalent', 'Per 1,000 population', 'Rank', 'Population used']],
    rows: peers.forces.map((f) => [
      f.name,
      formatAverage(f.fte),
      per1000Text(f.per1000),
      String(f.rank),
      `${formatCount(f.population)} (${f.populationSource})`,
    ]),
  };
}
