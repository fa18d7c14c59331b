/**
 * The CSV tokenizer and text decoding every tabular loader stands on: line numbers, quoting, line
 * endings, chunk boundaries and the two encodings files arrive in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type CsvRecord, CsvTokenizer } from '../../src/sources/spreadsheet/csvTokenizer.js';
import { decodeText } from '../../src/sources/spreadsheet/decodeText.js';

function tokenize(chunks: readonly string[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const tokenizer = new CsvTokenizer((record) => records.push(record));
  for (const chunk of chunks) tokenizer.feed(chunk);
  tokenizer.end();
  return records;
}

test('records keep the line they start on; quoted values may hold commas, quotes and line breaks', () => {
  const text = 'a,b,c\n1,"x, y",3\n\n2,"say ""hi""",4\r\n3,"two\nlines",5\n4,,\n';
  const records = tokenize([text]);
  assert.deepEqual(
    records.map((r) => [r.line, r.fields]),
    [
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, y', '3']],
      // line 3 is blank: not a record
      [4, ['2', 'say "hi"', '4']],
      [5, ['3', 'two\nlines', '5']],
      [7, ['4', '', '']],
    ],
  );
  assert.equal(records[1]?.raw, '1,"x, y",3');
  assert.equal(records[3]?.raw, '3,"two\nlines",5');
  assert.ok(records.every((r) => r.error === undefined));
});

test('CR line endings and a last line without a line ending are read', () => {
  const records = tokenize(['h1,h2\r1,2\r\r3,4']);
  assert.deepEqual(
    records.map((r) => [r.line, r.fields]),
    [
      [1, ['h1', 'h2']],
      [2, ['1', '2']],
      [4, ['3', '4']],
    ],
  );
});

test('an unterminated quote is reported on the line where the value opened, naming the field', () => {
  const records = tokenize(['a,b\n1,2\n3,"never closed\n4,5\n6,7\n']);
  assert.equal(records.length, 3);
  const bad = records[2];
  assert.equal(bad?.line, 3);
  assert.deepEqual(bad?.error, { kind: 'unterminated-quote', fieldIndex: 1 });
});

test('text after a closing quote is a stray-quote error with the text found', () => {
  const records = tokenize(['a,b\n"ok"x,2\n']);
  assert.deepEqual(records[1]?.error, { kind: 'stray-quote', fieldIndex: 0, found: 'x' });
  assert.equal(records[1]?.fields[0], 'okx');
});

test('a quote inside an unquoted value is kept as text', () => {
  assert.deepEqual(tokenize(['5" pipe,2\n'])[0]?.fields, ['5" pipe', '2']);
});

test('property: any split of the text into chunks gives the same records', () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '£') }),
    fc
      .string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ') })
      .map((s) => `"${s.replaceAll('"', '""')}"`),
  );
  const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
  const file = fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([rows, eol]) => rows.join(eol) + eol);
  fc.assert(
    fc.property(file, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let from = 0;
      for (const point of points) {
        chunks.push(text.slice(from, point));
        from = point;
      }
      chunks.push(text.slice(from));
      assert.deepEqual(tokenize(chunks), tokenize([text]));
    }),
    { seed: 20250203, numRuns: 300 },
  );
});

test('Windows-1252 bytes decode to £, é, € and typographic dashes and quotes', () => {
  // "£5 café – “x”" as Excel on a British Windows machine writes it.
  const bytes = new Uint8Array([
    0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94, 0x80,
  ]);
  assert.equal(decodeText(bytes, 'windows-1252'), '£5 café – “x”€');
});

test('UTF-8 with a byte-order mark decodes without it', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,£')]);
  assert.equal(decodeText(bytes, 'utf-8'), 'a,£');
});
