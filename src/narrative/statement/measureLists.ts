/**
 * The opening of a priority: its Government measures and the force's proxy measures. A measure with
 * no figure is listed by its title only; why it has none is said ONCE for the priority, in plain
 * words ("Counted from the force's record-level crime data, which this office does not yet
 * receive."), never once per measure and never with an internal name. A measure published elsewhere
 * (status 'external') keeps its own note: it says where to find the figure.
 */
import { emphasis, list, paragraph, text } from '../../document/build.js';
import type { Block, Inline } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import type { PriorityLayout } from './layout.js';

const RATE_SUFFIX = /:\s*'action taken' outcome rate$/i;

export function measureLists(layout: PriorityLayout): Block[] {
  const blocks: Block[] = [];
  const missing: MeasureJson[] = [];
  const describe = (m: MeasureJson): Inline[] => {
    if (m.status === 'external' && (m.statusText || m.externalReason))
      return [text(`${m.title}. `), emphasis(m.statusText || m.externalReason || '')];
    if (m.status !== 'ok') missing.push(m);
    return [text(`${m.title}.`)];
  };
  if (layout.government.length > 0)
    blocks.push(paragraph('The Government measures are:'), list(false, layout.government.map(describe)));
  const proxies = layout.sections
    .filter((s) => s.lead.kind === 'force_proxy')
    .map((s) =>
      s.rate ? [text(`${s.lead.title}, and its 'action taken' outcome rate.`)] : [text(`${s.lead.title}.`)],
    );
  const unavailable = withoutRatesOfListed(layout.proxies.filter((m) => m.status !== 'ok')).map(describe);
  if (proxies.length + unavailable.length > 0)
    blocks.push(paragraph("The force's proxy measures are:"), list(false, [...proxies, ...unavailable]));
  const local = layout.sections.filter((s) => s.lead.kind === 'local').map((s) => [text(`${s.lead.title}.`)]);
  if (local.length > 0)
    blocks.push(
      paragraph('Reported under this priority of the Police and Crime Plan, though not a national measure:'),
      list(false, local),
    );
  blocks.push(...whyMissing(missing));
  return blocks;
}

/** A rate whose count is listed too is named with it ("Burglary (Home), and its ... rate"). */
function withoutRatesOfListed(measures: readonly MeasureJson[]): MeasureJson[] {
  const titles = new Set(measures.map((m) => m.title));
  return measures
    .filter((m) => !(RATE_SUFFIX.test(m.title) && titles.has(m.title.replace(RATE_SUFFIX, ''))))
    .map((m) =>
      measures.some(
        (r) => r !== m && r.title.replace(RATE_SUFFIX, '') === m.title && RATE_SUFFIX.test(r.title),
      )
        ? { ...m, title: `${m.title}, and its 'action taken' outcome rate` }
        : m,
    );
}

/** One sentence per distinct reason: usually one for the whole priority. */
function whyMissing(missing: readonly MeasureJson[]): Block[] {
  const byReason = new Map<string, number>();
  for (const m of missing) {
    const why = m.statusText || 'Not available in the data loaded.';
    byReason.set(why, (byReason.get(why) ?? 0) + 1);
  }
  return [...byReason].map(([why, count]) =>
    paragraph(
      emphasis(
        `${count === 1 ? 'The measure above without a figure' : 'The measures above without a figure'}: ${lowerFirst(why)}`,
      ),
    ),
  );
}

function lowerFirst(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}
