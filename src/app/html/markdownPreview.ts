/**
 * Commentary Markdown as HTML for the editor's preview. Raw HTML in the text is shown as text, never
 * run, and a link is kept only when it is http(s), mailto or a path: `javascript:`, `data:` and
 * `vbscript:` links stay plain text. This is the one place to swap in the project's shared safe-link
 * Markdown renderer when it exists.
 */
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:|mailto:|\/|#|\.\.?\/|[^:]*$)/i;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string) => defaultValidate(url) && SAFE_LINK.test(url.trim());

export function commentaryHtml(source: string): string {
  return markdown.render(source);
}
