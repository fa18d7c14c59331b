import { join } from 'node:path';
import type { Document } from '../document/model.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { writeFileAtomicAsync } from '../workspace/writeAtomic.js';
import type { FigureImage } from './render/docx/docxBlocks.js';
import { figureImages } from './render/docx/figureImages.js';
import { renderDocx } from './render/docx/renderDocx.js';
import { renderHtml } from './render/html/renderHtml.js';
import { renderMarkdown } from './render/markdown/renderMarkdown.js';
import { PdfRenderer } from './render/pdf/renderPdf.js';

export interface WriteDocumentOptions {
  /** The folder to write into; created if missing. */
  readonly dir: string;
  /** The file name without extension, e.g. 'statement'. */
  readonly name: string;
  /** An open PdfRenderer (shared across documents), or the Problem saying why there is none. */
  readonly pdf: PdfRenderer | Problem;
}

export interface WrittenDocument {
  /** Absolute paths of the files written, in the order written. */
  readonly files: readonly string[];
  /** Warnings: no PDF, Word figures as tables. */
  readonly problems: readonly Problem[];
}

function chromiumFailure(pdf: PdfRenderer, error: unknown): Problem {
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  return messages.report.chromiumFailed(pdf.session.executablePath, detail);
}

export async function writeDocument(doc: Document, options: WriteDocumentOptions): Promise<WrittenDocument> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    const path = join(options.dir, relative);
    await writeFileAtomicAsync(path, content);
    files.push(path);
  };

  await write(`${options.name}.html`, renderHtml(doc));
  const markdown = renderMarkdown(doc);
  for (const figure of markdown.figures) await write(figure.path, figure.svg);
  await write(`${options.name}.md`, markdown.markdown);

  const pdf = options.pdf instanceof PdfRenderer ? options.pdf : undefined;
  if (!(options.pdf instanceof PdfRenderer)) problems.push(options.pdf);

  let images: ReadonlyMap<string, FigureImage> = new Map();
  const figureCount = doc.blocks.filter((block) => block.kind === 'figure').length;
  if (pdf !== undefined && figureCount > 0) {
    try {
      images = await figureImages(doc, pdf.session);
    } catch (error) {
      problems.push(chromiumFailure(pdf, error));
    }
  }
  if (figureCount > 0 && images.size === 0) problems.push(messages.report.docxFiguresAsTables(figureCount));
  await write(`${options.name}.docx`, await renderDocx(doc, images));

  if (pdf !== undefined) {
    try {
      await write(`${options.name}.pdf`, await pdf.render(doc));
    } catch (error) {
      problems.push(chromiumFailure(pdf, error));
    }
  }
  return { files, problems };
}
