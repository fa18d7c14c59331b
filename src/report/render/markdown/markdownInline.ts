/**
 * Inline runs as GitHub-flavoured Markdown. Text is escaped so that a '*' or '|' in an analyst's
 * sentence stays a character and never becomes formatting or a table column.
 */
import { type FigureNumbers, figureLabel } from '../../../document/inline.js';
import { safeHref } from '../../../document/links.js';
import type { Inline } from '../../../document/model.js';

/** Backslash-escapes the characters GFM would read as markup. */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]{}<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/** Link targets: spaces and parentheses would end the destination early. */
function escapeHref(href: string): string {
  return href.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function runMarkdown(run: Inline, numbers: FigureNumbers): string {
  switch (run.kind) {
    case 'text':
      return escapeMarkdown(run.text);
    case 'strong':
      return `**${escapeMarkdown(run.text)}**`;
    case 'emphasis':
      return `*${escapeMarkdown(run.text)}*`;
    case 'link': {
      const href = safeHref(run.href);
      return href === undefined
        ? escapeMarkdown(run.text)
        : `[${escapeMarkdown(run.text)}](${escapeHref(href)})`;
    }
    case 'figureRef':
      return `[${figureLabel(run.figureId, numbers)}](#${run.figureId})`;
  }
}

export function inlineMarkdown(runs: readonly Inline[], numbers: FigureNumbers): string {
  return runs.map((run) => runMarkdown(run, numbers)).join('');
}
