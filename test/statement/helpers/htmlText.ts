/**
 * The text of a statement's HTML as a reader meets it, one block per line: styles and inline SVG
 * removed (the charts are checked through their data tables and alt text), tags dropped, entities
 * decoded, whitespace folded. A golden of this catches any change in wording or order without
 * depending on markup details.
 */
const BLOCK =
  /<\/?(?:h[1-6]|p|li|tr|caption|figcaption|summary|header|footer|section|table|ul|ol|div|figure|details|blockquote)\b[^>]*>/gi;

export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<svg[\s\S]*?<\/svg>/gi, '[chart]')
    .replace(/<t[hd]\b[^>]*>/gi, ' | ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
