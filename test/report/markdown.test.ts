import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { columns, heading, list, paragraph, strong, table } from '../../src/document/build.js';
import type { Document } from '../../src/document/model.js';
import { type MarkdownOutput, renderMarkdown } from '../../src/report/render/markdown/renderMarkdown.js';
import { SAMPLE_META, sampleDocument } from './fixtures/sampleDocument.js';
import { assertGolden } from './helpers/golden.js';

let doc: Document;
let out: MarkdownOutput;

before(async () => {
  doc = await sampleDocument();
  out = renderMarkdown(doc);
});

const small = (blocks: Document['blocks']): string =>
  renderMarkdown({ title: 'T', classification: 'OFFICIAL', meta: SAMPLE_META, blocks }).markdown;

test('each figure is an image link to its own SVG file, written beside the Markdown', () => {
  assert.deepEqual(
    out.figures.map((f) => f.path),
    [
      'figures/figure-1-vwi-volumes.svg',
      'figures/figure-2-vwi-action-taken.svg',
      'figures/figure-3-robbery-spc.svg',
      'figures/figure-4-satisfaction.svg',
    ],
  );
  for (const figure of out.figures) {
    assert.equal(XMLValidator.validate(figure.svg), true);
    assert.match(figure.svg, /role="img" aria-labelledby="[a-z-]+-title [a-z-]+-desc"><title id=/);
    assert.ok(out.markdown.includes(`](${figure.path})`));
  }
  assert.match(
    out.markdown,
    /!\[Line chart of monthly recorded Violence with Injury volumes from March 2022 to March 2024/,
  );
  assert.match(out.markdown, /\*Figure 1 – Violence with Injury volumes\*/);
});

test('tables are GitHub tables with their caption and alignment', () => {
  const md = small([
    table({
      caption: 'Volumes | by month',
      columns: columns('lnc'),
      header: [['Month', 'Count', 'Note']],
      rows: [['March 2024', '369', 'a|b']],
    }),
  ]);
  assert.ok(
    md.includes(
      '**Volumes \\| by month**\n\n| Month | Count | Note |\n| :--- | ---: | :---: |\n| March 2024 | 369 | a\\|b |',
    ),
  );
});

test('headings sit one level below the title, each with an anchor for links', () => {
  const md = small([
    heading(1, 'serious-violence', 'Reduce serious violence'),
    heading(2, 'force-data', 'Force data'),
  ]);
  assert.ok(md.includes('# T\n'));
  assert.ok(md.includes('<a id="serious-violence"></a>\n\n## Reduce serious violence'));
  assert.ok(md.includes('<a id="force-data"></a>\n\n### Force data'));
});

test('nested lists are indented under their item; ordered lists are numbered', () => {
  const md = small([
    list(true, [
      'One',
      { runs: [{ kind: 'text', text: 'Two' }], children: list(false, ['Two a', 'Two b']) },
      'Three',
    ]),
  ]);
  assert.ok(md.includes('1. One\n2. Two\n   - Two a\n   - Two b\n3. Three'));
});

test('characters Markdown would read as formatting stay characters', () => {
  const md = small([paragraph('Rates *fell* to 5_6 [sic] ', strong('#1'))]);
  assert.ok(md.includes('Rates \\*fell\\* to 5\\_6 \\[sic\\] **\\#1**'));
});

test('the classification opens and closes the document', () => {
  const lines = out.markdown.trimEnd().split('\n');
  assert.equal(lines[0], '**OFFICIAL**');
  assert.equal(lines.at(-1), '**OFFICIAL**');
});

test('the sample document renders to its golden Markdown', () => {
  assertGolden('sample.md', out.markdown);
});
