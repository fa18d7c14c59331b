/** Inline runs as Word runs; internal links point at bookmarks named from the model's ids. */
import { ExternalHyperlink, InternalHyperlink, type ParagraphChild, TextRun } from 'docx';
import { type FigureNumbers, figureLabel } from '../../../document/inline.js';
import { safeHref } from '../../../document/links.js';
import type { Inline } from '../../../document/model.js';

/** Word bookmark names allow letters, digits and underscores only, starting with a letter. */
export function bookmarkName(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

function runToDocx(run: Inline, numbers: FigureNumbers, style: RunStyle): ParagraphChild {
  switch (run.kind) {
    case 'text':
      return new TextRun({ text: run.text, ...style });
    case 'strong':
      return new TextRun({ text: run.text, ...style, bold: true });
    case 'emphasis':
      return new TextRun({ text: run.text, ...style, italics: true });
    case 'link': {
      const href = safeHref(run.href);
      if (href === undefined) return new TextRun({ text: run.text, ...style });
      const label = new TextRun({ text: run.text, ...style, style: 'Hyperlink' });
      return href.startsWith('#')
        ? new InternalHyperlink({ anchor: bookmarkName(href.slice(1)), children: [label] })
        : new ExternalHyperlink({ link: href, children: [label] });
    }
    case 'figureRef':
      return new InternalHyperlink({
        anchor: bookmarkName(run.figureId),
        children: [new TextRun({ text: figureLabel(run.figureId, numbers), ...style, style: 'Hyperlink' })],
      });
  }
}

export function inlineRuns(
  runs: readonly Inline[],
  numbers: FigureNumbers,
  style: RunStyle = {},
): ParagraphChild[] {
  return runs.map((run) => runToDocx(run, numbers, style));
}
