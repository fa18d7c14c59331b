/** The few sentences about a document that every format prints the same way. */
import { formatGeneratedAt } from '../../document/format.js';
import type { CalloutTone, Document } from '../../document/model.js';

/** 'Generated on 20 June 2024 at 09:30 by Scrutiny 0.1.0.' (Europe/London time). */
export function generatedByLine(doc: Document): string {
  return `Generated on ${formatGeneratedAt(doc.meta.generatedAt)} by Scrutiny ${doc.meta.version}.`;
}

/** 'Office of the Police and Crime Commissioner for Warwickshire · Q4 2023/24'. */
export function metaLine(doc: Document): string {
  return `${doc.meta.organisation} · ${doc.meta.periodLabel}`;
}

/** 'Caution: Small counts', or just 'Note': the kind of callout in words, in every format. */
export function calloutHeading(tone: CalloutTone, title: string | undefined): string {
  const label = tone === 'caution' ? 'Caution' : 'Note';
  return title === undefined ? label : `${label}: ${title}`;
}
