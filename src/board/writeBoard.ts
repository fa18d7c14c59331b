import { join } from 'node:path';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { renderMarkdown } from '../report/render/markdown/renderMarkdown.js';
import { ChromiumSession } from '../report/render/pdf/chromium.js';
import { writeFileAtomicAsync } from '../workspace/writeAtomic.js';
import type { BoardDocument } from './boardDocument.js';
import type { BoardPack } from './model.js';
import { boardHtml } from './render/boardHtml.js';

export interface WriteBoardOptions {
  readonly dir: string;
  /** An open Chromium session for the PDF, the Problem saying why there is none, or undefined for no PDF. */
  readonly pdf?: ChromiumSession | Problem;
}

export interface WrittenBoard {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

export async function writeBoard(
  pack: BoardPack,
  board: BoardDocument,
  options: WriteBoardOptions,
): Promise<WrittenBoard> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    const path = join(options.dir, relative);
    await writeFileAtomicAsync(path, content);
    files.push(path);
  };
  const html = boardHtml(pack, board);
  await write('board.html', html);
  const markdown = renderMarkdown(board.document);
  for (const figure of markdown.figures) await write(figure.path, figure.svg);
  await write('board.md', markdown.markdown);
  if (options.pdf instanceof ChromiumSession) {
    try {
      // The printed page carries the charts' data tables in an annex (paper cannot open them).
      await write('board.pdf', await options.pdf.printPdf(boardHtml(pack, board, { chartDataAnnex: true })));
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      problems.push(messages.report.chromiumFailed(options.pdf.executablePath, detail));
    }
  } else if (options.pdf !== undefined) problems.push(options.pdf);
  return { files, problems };
}
