/**
 * Real data: with only the published Home Office recorded crime table (the 2017/18 sheet in
 * ../shared/data/home-office) and no force extract, the measures that need the force's own data
 * are counted from the table instead, for Warwickshire and its peers, and every output says so.
 * Expected counts are summed here from the CSV's lines by independent code (line splitting, not the
 * project's reader); the 12-month totals also equal the ONS Table P1 figures for the year ending
 * March 2018 (robbery 408, homicide 11).
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { PRIORITIES } from '../../src/catalogue/measures/schema.js';
import type { MeasureJson, MeasuresResult, PeerRowJson } from '../../src/measures/result.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { scrutinyOk } from '../helpers/cli.js';
import { splitCsvLine } from '../helpers/csvLine.js';
import { scratchDir } from '../helpers/scratch.js';

const PRC = join(SHARED_DATA, 'home-office', 'prc-pfa-mar2013-onwards-tables201718.csv');
const skip = existsSync(PRC) ? false : '../shared/data is absent (a user clone): real-data test not run';
const PEERS = {
  'west-mercia': 'West Mercia',
  staffordshire: 'Staffordshire',
  'north-yorkshire': 'North Yorkshire',
};

/** Offences in the CSV for a force (as the table names it), a set of codes and quarters. */
function count(force: string, codes: readonly string[], quarters: readonly number[]): number {
  let total = 0;
  for (const line of readFileSync(PRC, 'utf8').split(/\r?\n/).slice(1)) {
    const f = splitCsvLine(line);
    if (f[2] !== force || !quarters.includes(Number(f[1]))) continue;
    const code = (f[6] ?? '').trim();
    // Homicide is published as one combined row, '1/4.1/4.10/4.2'.
    const parts = code.split(/[/+]/).map((c) => c.trim());
    if (parts.every((c) => codes.includes(c))) total += Number((f[7] ?? '').trim().replace(/^-00$/, '0'));
  }
  return total;
}

let result: MeasuresResult;
let markdown = '';
let board = '';
let sitePage = '';
const measure = (id: string): MeasureJson => result.measures.find((m) => m.id === id)!;

before(() => {
  if (skip) return;
  const workspace = join(scratchDir('scrutiny-ho-fallback-'), 'ws');
  scrutinyOk('init', workspace, '--force-slug', 'warwickshire', '--peers', Object.keys(PEERS).join(','));
  mkdirSync(join(workspace, 'data', 'home-office'), { recursive: true });
  copyFileSync(PRC, join(workspace, 'data', 'home-office', 'prc-2017-18.csv'));
  const commentary = join(workspace, 'commentary', '2017-18-Q4');
  mkdirSync(commentary, { recursive: true });
  for (const priority of PRIORITIES)
    writeFileSync(join(commentary, `${priority}.md`), 'The office reviewed these figures.\n');
  scrutinyOk('-w', workspace, 'ingest');
  result = JSON.parse(scrutinyOk('-w', workspace, 'measures', '--period', 'Q4 2017/18', '--json'));
  scrutinyOk('-w', workspace, 'statement', '--period', 'Q4 2017/18');
  markdown = readFileSync(join(workspace, 'out', 'statements', '2017-18-q4', 'statement.md'), 'utf8');
  scrutinyOk('-w', workspace, 'board', '--period', 'Q4 2017/18');
  board = readFileSync(join(workspace, 'out', 'board', '2018-03', 'board.md'), 'utf8');
  scrutinyOk('-w', workspace, 'site', 'build', '--period', 'Q4 2017/18');
  sitePage = readFileSync(join(workspace, 'out', 'site', 'measures', 'robbery.html'), 'utf8');
});

const CASES = [
  ['robbery', ['34A', '34B']],
  ['homicide', ['1', '4.1', '4.10', '4.2']],
  ['violence_with_injury', ['2', '4.3', '4.7', '5D', '5E', '8N', '8P', '8S']],
  ['neighbourhood_crime', ['28E', '28F', '28G', '28H', '29A', '34B', '39', '48', '37.2', '45', '126']],
] as const;

test('the quarter, the previous quarter and the 12 months equal the published table', { skip }, () => {
  for (const [id, codes] of CASES) {
    const m = measure(id);
    assert.equal(m.status, 'ok', `${id}: ${m.statusText}`);
    assert.equal(m.fedBy?.name, 'Home Office police recorded crime open data table', id);
    const f = m.figures!;
    assert.equal(f.current.status === 'ok' && f.current.value, count('Warwickshire', codes, [4]), id);
    assert.equal(f.previous.status === 'ok' && f.previous.value, count('Warwickshire', codes, [3]), id);
    assert.equal(
      f.rolling.status === 'ok' && f.rolling.value,
      count('Warwickshire', codes, [1, 2, 3, 4]),
      id,
    );
  }
  // The ONS Table P1 figures for the year ending March 2018.
  const rolling = (id: string) => {
    const r = measure(id).figures?.rolling;
    return r?.status === 'ok' ? r.value : undefined;
  };
  assert.equal(rolling('robbery'), 408);
  assert.equal(rolling('homicide'), 11);
});

test('every peer is counted from the same table for the quarter', { skip }, () => {
  const peers = measure('robbery').figures?.peers;
  assert.ok(peers?.status === 'ok', JSON.stringify(peers));
  assert.equal(peers.of, 4);
  const forces: readonly PeerRowJson[] = peers.forces;
  for (const [slug, name] of Object.entries(PEERS)) {
    const row = forces.find((f) => f.slug === slug);
    assert.equal(row?.count, count(name, ['34A', '34B'], [4]), slug);
  }
});

test('the statement states the published source beside the figures, in plain words', { skip }, () => {
  const start = markdown.indexOf('#### Robbery');
  const section = markdown.slice(start, markdown.indexOf('\n#### ', start + 1));
  assert.match(
    section,
    /Source: Home Office police recorded crime open data table \(quarters to Q4 2017\/18\)/,
  );
  assert.match(
    section,
    new RegExp(`In Q4 2017/18, volumes \\(n=${count('Warwickshire', ['34A', '34B'], [4])}\\)`),
  );
  assert.match(section, /In the 12 months to March 2018, volumes \(n=408\)/);
  assert.doesNotMatch(markdown, /34A|force_extract|ho_recorded_crime|robbery_personal/);
  const firearms = markdown.slice(markdown.indexOf('#### Offences involving a firearm'));
  assert.match(firearms.slice(0, 1500), /working definition that no official source confirms/);
});

test('the board pack and the site name the published source of the figures too', { skip }, () => {
  assert.match(
    board,
    /\*\*Homicide, [^*]*Robbery[^*]*\.\*\* Source: Home Office police recorded crime open data table/,
  );
  assert.match(sitePage, /Home Office police recorded crime open data table/);
  assert.doesNotMatch(`${board}${sitePage}`, /ho_recorded_crime|force_extract/);
});
