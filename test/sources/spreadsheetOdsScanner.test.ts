/** The streaming content.xml scanner: the same events whatever the chunking, entities, comments. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeEntities, OdsXmlScanner } from '../../src/sources/spreadsheet/odsXmlScanner.js';
import { odsContentXml } from '../fixtures/home-office/odsWriter.js';

function scan(chunks: readonly string[]): string[] {
  const events: string[] = [];
  const scanner = new OdsXmlScanner({
    sheetStart: (name) => events.push(`sheet ${name}`),
    rowStart: (attributes) => events.push(`row ${attributes.get('table:number-rows-repeated') ?? 1}`),
    cell: (cell) =>
      events.push(
        `cell ${cell.covered ? 'covered' : JSON.stringify([cell.text, cell.attributes.get('office:value') ?? null])}`,
      ),
    rowEnd: () => events.push('end'),
  });
  for (const chunk of chunks) scanner.feed(chunk);
  return events;
}

const XML = odsContentXml([
  {
    name: 'R&D <2024>',
    rows: [
      { cells: ['Fish & chips  £5', { covered: true }, { number: 1020, display: '1,020' }] },
      { cells: ['x'], repeat: 3 },
    ],
  },
]).replace('<table:table-row>', '<!-- a comment with <tags> --><table:table-row>');

test('sheets, rows and cells with entities, runs of spaces, covered cells and a comment', () => {
  assert.deepEqual(scan([XML]), [
    'sheet R&D <2024>',
    'row 1',
    'cell ["Fish & chips  £5",null]',
    'cell covered',
    'cell ["1,020","1020"]',
    'end',
    'row 3',
    'cell ["x",null]',
    'end',
  ]);
});

test('property: any chunking of content.xml gives the same events', () => {
  const whole = scan([XML]);
  fc.assert(
    fc.property(fc.array(fc.nat(XML.length), { maxLength: 12 }), (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const chunks = points.map((point, i) => XML.slice(points[i - 1] ?? 0, point));
      chunks.push(XML.slice(points.at(-1) ?? 0));
      assert.deepEqual(scan(chunks), whole);
    }),
    { seed: 4242, numRuns: 300 },
  );
});

test('a cell comment (office:annotation) is not part of the cell text; paragraphs join with a line break', () => {
  const xml =
    '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string">' +
    '<office:annotation><text:p>reviewer note</text:p></office:annotation><text:p>one</text:p><text:p>two<text:tab/>three</text:p>' +
    '</table:table-cell></table:table-row></table:table>';
  assert.deepEqual(scan([xml]), ['sheet S', 'row 1', 'cell ["one\\ntwo\\tthree",null]', 'end']);
});

test('character references', () => {
  assert.equal(decodeEntities('&#163;&#xE9;&lt;&amp;&unknown;'), '£é<&&unknown;');
});
