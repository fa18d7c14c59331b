import { type FigureNumbers, figureLabel } from '../../../document/inline.js';
import { safeHref } from '../../../document/links.js';
import type { Inline } from '../../../document/model.js';
import { escapeAttribute, escapeHtml } from './escape.js';

function runHtml(run: Inline, numbers: FigureNumbers): string {
  switch (run.kind) {
    case 'text':
      return escapeHtml(run.text);
    case 'strong':
      return `<strong>${escapeHtml(run.text)}</strong>`;
    case 'emphasis':
      return `<em>${escapeHtml(run.text)}</em>`;
    case 'link': {
      // A second check at the last step: a link from anywhere but the Markdown reader obeys the policy too.
      const href = safeHref(run.href);
      return href === undefined
        ? escapeHtml(run.text)
        : `<a href="${escapeAttribute(href)}">${escapeHtml(run.text)}</a>`;
    }
    case 'figureRef':
      return `<a href="#${escapeAttribute(run.figureId)}">${escapeHtml(figureLabel(run.figureId, numbers))}</a>`;
  }
}

export function inlineHtml(runs: readonly Inline[], numbers: FigureNumbers): string {
  return runs.map((run) => runHtml(run, numbers)).join('');
}
