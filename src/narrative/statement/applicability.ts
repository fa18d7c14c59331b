/**
 * Paragraph 7A(b) of the Order: which national priorities are assessed to be applicable in the police
 * area and which not, and why. A priority is not applicable only when every one of its measures is
 * marked not applicable in the catalogue (with the reason the catalogue must give); a priority whose
 * Government measures are published by others is still applicable, and the table says where those
 * figures are found.
 */
import { heading, list, paragraph, strong, text } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import type { Layout } from './layout.js';
import { PRIORITY_TITLES } from './priorities.js';

export function applicabilitySection(n: number, layout: Layout, all: readonly MeasureJson[]): Block[] {
  const rows = layout.priorities.map((p) => {
    const own = all.filter((m) => m.priority === p.priority);
    const notApplicable = own.filter((m) => m.applicability.status === 'not_applicable');
    if (own.length > 0 && notApplicable.length === own.length) {
      const reasons = [...new Set(notApplicable.map((m) => m.applicability.reason ?? ''))].filter(Boolean);
      return [PRIORITY_TITLES[p.priority], 'Not applicable', reasons.join(' ')];
    }
    const reported = p.sections.length;
    const external = own.filter((m) => m.status === 'external' && m.kind === 'government');
    const parts: string[] = [];
    parts.push(
      reported > 0
        ? `Reported from the force's data through ${reported} measure${reported === 1 ? '' : 's'} in this statement.`
        : 'No measure of this priority is in the data loaded.',
    );
    if (external.length > 0)
      parts.push(
        `Not in force data: ${external.map((m) => `${m.title} (${(m.externalReason ?? '').replace(/^Not available[^:]*:\s*/i, '').replace(/\.$/, '')})`).join('; ')}.`,
      );
    for (const m of notApplicable)
      parts.push(`${m.title} is not applicable: ${m.applicability.reason ?? ''}`);
    return [PRIORITY_TITLES[p.priority], 'Applicable', parts.join(' ')];
  });
  const none = rows.every((r) => r[1] === 'Applicable');
  return [
    heading(1, 'applicability', `${n}. Applicability of the national priorities`),
    paragraph(
      none
        ? "Paragraph 7A(b) of the Order asks which national priorities are applicable in the police area. All six are assessed to be applicable. Where a Government measure is not available in the force's own data, the list says where it is published; the force reports proxy measures in its place."
        : 'Paragraph 7A(b) of the Order asks which national priorities are applicable in the police area, and why any are not. The assessment of each priority follows.',
    ),
    // A list, not a table: the reasons are sentences, and a three-column table squeezes them.
    list(
      false,
      rows.map(([priority, assessment, reasons]) => [
        strong(`${priority}: ${assessment?.toLowerCase()}.`),
        text(` ${reasons}`),
      ]),
    ),
  ];
}
