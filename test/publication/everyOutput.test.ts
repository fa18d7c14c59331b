/**
 * Every output built from one workspace that holds an OFFICIAL-SENSITIVE workspace measure, a
 * question about it, a question marked OFFICIAL-SENSITIVE about a public measure, and commentary
 * with javascript: and data: links (test/site/fixture.ts): the statement (HTML, PDF, Word,
 * Markdown, figures, figures.json), the Panel report (section 6.3, the appendix), the board pack
 * and the site with its downloads. Every written file is read as a reader would see it (Word
 * unzipped, PDF through pdftotext) and searched for the measure's id, title and note, and for each
 * question's id and text; none may hold any, nor a script link.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { runBoard } from '../../src/jobs/boardPack/runBoard.js';
import { writePanelReport } from '../../src/jobs/panelReport/writePanelReport.js';
import { SiteBuilder } from '../../src/jobs/site/siteBuilder.js';
import { prepareStatement } from '../../src/jobs/statement/prepareStatement.js';
import { writeStatement } from '../../src/jobs/statement/writeStatement.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { parsePeriod } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import type { WorkspaceConfig } from '../../src/workspace/config.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import {
  COMMENTARY_TEXT,
  demoWorkspace,
  MARKED_QUESTION,
  MARKED_QUESTION_TEXT,
  QUARTER_PERIOD,
  SENSITIVE_ID,
  SENSITIVE_QUESTION,
  SENSITIVE_QUESTION_TEXT,
  SENSITIVE_STATEMENT,
  SENSITIVE_TITLE,
} from '../site/fixture.js';

const NOW = new Date('2023-06-01T09:00:00Z');
const NEEDLES = [
  SENSITIVE_ID,
  SENSITIVE_ID.replace(/_/g, '-'),
  SENSITIVE_TITLE,
  'Crimes the force flags both as domestic abuse and as involving a knife',
  SENSITIVE_QUESTION,
  SENSITIVE_QUESTION_TEXT,
  MARKED_QUESTION,
  MARKED_QUESTION_TEXT,
];

let paths: WorkspacePaths;
let config: WorkspaceConfig;
let pdf: PdfRenderer | undefined;
const outputs: Record<string, readonly string[]> = {};

before(async () => {
  paths = await demoWorkspace();
  config = loadConfig(paths.config);
  const opened = await PdfRenderer.open(process.env);
  pdf = opened instanceof PdfRenderer ? opened : undefined;
  const store = await Store.open(paths.store, { readOnly: true });
  try {
    const prepared = await prepareStatement(
      store,
      { paths, config },
      { period: QUARTER_PERIOD, classification: 'OFFICIAL', now: NOW, version: 'test', strict: false },
    );
    outputs.statement = [(await writeStatement(prepared, paths.out, opened)).dir];
    const panel = await writePanelReport(
      store,
      { paths, config },
      { meeting: '2023-06-15', classification: 'OFFICIAL', now: NOW, version: 'test' },
      opened,
    );
    outputs.panel = [panel.dir];
    const board = await runBoard(store, {
      paths,
      config,
      request: { period: parsePeriod('2023-03'), exceptionsOnly: false },
      now: NOW,
      version: 'test',
      ...(pdf ? { pdf: pdf.session } : {}),
    });
    outputs.board = [board.dir];
  } finally {
    store.close();
  }
  const site = await new SiteBuilder(paths, { version: 'test', now: () => NOW, diskCache: false }).build();
  outputs.site = [site.dir];
});

after(async () => {
  await pdf?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A file's text as a reader gets it; undefined for a PDF when pdftotext is missing. */
function readable(file: string): string | undefined {
  if (file.endsWith('.docx'))
    return Object.values(unzipSync(readFileSync(file)))
      .map((bytes) => strFromU8(bytes))
      .join('\n');
  if (file.endsWith('.pdf')) {
    try {
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  }
  return readFileSync(file, 'utf8');
}

for (const product of ['statement', 'panel', 'board', 'site'])
  test(`the ${product}: no OFFICIAL-SENSITIVE measure or question, no script link, in any file`, () => {
    const [dir] = outputs[product] ?? [];
    assert.ok(dir, `the ${product} was written`);
    const files = filesUnder(dir);
    assert.ok(files.length > 0);
    const problems: string[] = [];
    let read = 0;
    for (const file of files) {
      const where = relative(paths.out, file);
      if (where.includes(SENSITIVE_STATEMENT)) continue;
      const text = readable(file);
      if (text === undefined) continue;
      read++;
      // Word and PDF break lines and XML runs anywhere: compare with spaces squeezed out too.
      const squeezed = text.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      for (const needle of NEEDLES)
        if (text.includes(needle) || squeezed.includes(needle.replace(/\s+/g, '')))
          problems.push(`${where} holds "${needle}"`);
      // The injected targets (the words 'JavaScript: the site has none' on the accessibility page are fine).
      if (/javascript:document|data:text\/html/i.test(text)) problems.push(`${where} holds a script link`);
      if (where.includes(SENSITIVE_ID.replace(/_/g, '-'))) problems.push(`${where} is named after it`);
    }
    assert.deepEqual(problems, []);
    assert.ok(read > 0);
  });

test('the checks can fail: the outputs that carry the commentary show it, in every format', () => {
  const [statement] = outputs.statement ?? [];
  const [panel] = outputs.panel ?? [];
  for (const file of [
    join(statement!, 'statement.html'),
    join(statement!, 'statement.md'),
    join(statement!, 'statement.docx'),
    join(panel!, 'panel-report.html'),
    join(panel!, 'panel-report.docx'),
  ]) {
    const text = readable(file)!
      .replace(/<[^>]+>/g, '')
      .replace(/\\/g, '');
    assert.ok(text.replace(/\s+/g, ' ').includes(COMMENTARY_TEXT), file);
    assert.ok(text.includes('the national guidance'), `${file} keeps the words of the links`);
  }
});
