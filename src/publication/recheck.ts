/**
 * A file written earlier (a statement in out/statements/) checked again before it is republished:
 * the catalogue may have marked one of its measures OFFICIAL-SENSITIVE since. Its figures.json
 * lists the measures it shows (public: true), and its HTML prints each shown measure's title as a
 * heading; either one naming a measure now sensitive means the file must not be republished.
 */
export interface NowSensitive {
  readonly id: string;
  readonly title: string;
}

/** The measures, now OFFICIAL-SENSITIVE, that a written statement shows. */
export function nowSensitiveIn(
  written: { readonly figures: unknown; readonly html: string },
  sensitive: ReadonlyMap<string, string>,
): NowSensitive[] {
  const found = new Map<string, string>();
  for (const m of shownMeasures(written.figures))
    if (sensitive.has(m.id)) found.set(m.id, sensitive.get(m.id) ?? m.id);
  const headings = new Set(
    [...written.html.matchAll(/<h[1-6][^>]*>([^<]*)<\/h[1-6]>/g)].map((h) => unescapeHtml(h[1]!.trim())),
  );
  for (const [id, title] of sensitive) if (headings.has(title)) found.set(id, title);
  return [...found].map(([id, title]) => ({ id, title }));
}

function shownMeasures(figures: unknown): { id: string }[] {
  const measures = (figures as { measures?: unknown } | undefined)?.measures;
  if (!Array.isArray(measures)) return [];
  return measures.filter(
    (m): m is { id: string } =>
      typeof m === 'object' && m !== null && typeof m.id === 'string' && m.public !== false,
  );
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
