/**
 * Which measures the statement shows, and how they group. A priority's measures become sections:
 * a lead measure (a count, or a rate with no count of its own) with its 'action taken' outcome rate
 * (the measure with the lead's id and '_action_taken') and any parts (components listed in a table
 * under the lead). Everything not named in PARTS is a lead, so a workspace's own measures appear
 * without any change here.
 *
 * Left out of the force data, and listed in the annex with the reason:
 * - OFFICIAL-SENSITIVE measures, unless the statement is OFFICIAL-SENSITIVE;
 * - police.uk proxies when the priority has a lead from the force's own data (police.uk is a
 *   broader, unverified snapshot: it stands in only where the force's data is not loaded); a
 *   local measure (kind 'local', anti-social behaviour) stands in for nothing and is always shown;
 * - measures whose status is not 'ok' (they are listed under the Government or proxy measures
 *   with the reason).
 */
import type { Priority } from '../../catalogue/measures/schema.js';
import { PRIORITIES } from '../../catalogue/measures/schema.js';
import type { Classification } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';

/** Components shown in a table under their lead rather than as sections of their own. */
export const PARTS: Readonly<Record<string, readonly string[]>> = {
  robbery: ['robbery_personal', 'robbery_business'],
  ocg_disruptions: [
    'ocg_disruptions_major',
    'ocg_disruptions_moderate',
    'ocg_disruptions_minor',
    'adults_safeguarded',
    'children_safeguarded',
  ],
  neighbourhood_crime: [
    'residential_burglary',
    'vehicle_offences',
    'theft_from_the_person',
    'personal_robbery',
  ],
};

/** Parts that are not also leads: personal robbery is counted under robbery in serious violence. */
const PART_ONLY = new Set([
  'robbery_personal',
  'robbery_business',
  'ocg_disruptions_major',
  'ocg_disruptions_moderate',
  'ocg_disruptions_minor',
  'adults_safeguarded',
  'children_safeguarded',
  'personal_robbery',
]);

export interface Part {
  readonly measure: MeasureJson;
  readonly rate?: MeasureJson;
}

export interface Section {
  readonly lead: MeasureJson;
  readonly rate?: MeasureJson;
  readonly parts: readonly Part[];
}

export interface Left {
  readonly measure: MeasureJson;
  readonly why: 'classification' | 'police_uk_fallback' | 'status';
}

export interface PriorityLayout {
  readonly priority: Priority;
  readonly government: readonly MeasureJson[];
  readonly proxies: readonly MeasureJson[];
  readonly sections: readonly Section[];
  /** External measures (not in force data), under which questions and notes are written. */
  readonly external: readonly MeasureJson[];
}

export interface Layout {
  readonly priorities: readonly PriorityLayout[];
  readonly left: readonly Left[];
  /** Every measure shown, for the annex's definitions. */
  readonly shown: readonly MeasureJson[];
}

export function isRate(measure: MeasureJson): boolean {
  return measure.figures?.kind === 'rate' || measure.unit === '%';
}

export function layoutOf(measures: readonly MeasureJson[], classification: Classification): Layout {
  const left: Left[] = [];
  const visible = measures.filter((m) => {
    if (m.classification === 'OFFICIAL-SENSITIVE' && classification !== 'OFFICIAL-SENSITIVE') {
      left.push({ measure: m, why: 'classification' });
      return false;
    }
    return true;
  });
  const priorities = PRIORITIES.map((priority) => {
    const own = visible.filter((m) => m.priority === priority);
    const ok = own.filter((m) => m.status === 'ok');
    const hasOwnData = ok.some((m) => m.source !== 'police_uk' && m.source !== 'external');
    const shownOk = ok.filter((m) => {
      if (m.source === 'police_uk' && m.kind !== 'local' && hasOwnData) {
        left.push({ measure: m, why: 'police_uk_fallback' });
        return false;
      }
      return true;
    });
    for (const m of own)
      if (m.status !== 'ok' && m.status !== 'external' && m.status !== 'not_applicable')
        left.push({ measure: m, why: 'status' });
    const ids = new Set(shownOk.map((m) => m.id));
    const rateOf = (id: string) => shownOk.find((m) => m.id === `${id}_action_taken`);
    const attachedRates = new Set(
      shownOk.filter((m) => !isRate(m) && rateOf(m.id)).map((m) => `${m.id}_action_taken`),
    );
    const leads = shownOk.filter((m) => !attachedRates.has(m.id) && !isPartOfShownLead(m.id, ids));
    const sections: Section[] = leads.map((lead) => {
      const rate = isRate(lead) ? undefined : rateOf(lead.id);
      const parts = (PARTS[lead.id] ?? []).flatMap((id) =>
        shownOk.filter((m) => m.id === id).map((measure) => withRate(measure, rateOf(measure.id))),
      );
      return rate ? { lead, rate, parts } : { lead, parts };
    });
    const shownIds = new Set(
      sections.flatMap((s) => [s.lead.id, s.rate?.id, ...s.parts.flatMap((p) => [p.measure.id, p.rate?.id])]),
    );
    return {
      priority,
      government: own.filter((m) => m.kind === 'government'),
      // Unavailable proxies are listed with the reason, except police.uk fallbacks beside own data.
      proxies: own.filter(
        (m) =>
          m.kind === 'force_proxy' &&
          (shownIds.has(m.id) || (m.status !== 'ok' && !(m.source === 'police_uk' && hasOwnData))),
      ),
      sections,
      external: own.filter((m) => m.status === 'external' || m.status === 'not_applicable'),
    };
  });
  const shown = priorities.flatMap((p) =>
    p.sections.flatMap((s) => [
      s.lead,
      ...(s.rate ? [s.rate] : []),
      ...s.parts.flatMap((part) => [part.measure, ...(part.rate ? [part.rate] : [])]),
    ]),
  );
  return { priorities, left, shown };
}

function withRate(measure: MeasureJson, rate: MeasureJson | undefined): Part {
  return rate ? { measure, rate } : { measure };
}

/** A part whose lead is shown is not a lead itself unless it is a lead elsewhere (burglary). */
function isPartOfShownLead(id: string, shown: ReadonlySet<string>): boolean {
  return (
    PART_ONLY.has(id) && Object.entries(PARTS).some(([lead, parts]) => shown.has(lead) && parts.includes(id))
  );
}
