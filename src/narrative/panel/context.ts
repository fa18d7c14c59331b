/**
 * What every section of the Panel report needs to know: the meeting and its window, the office's
 * names, the quarter's measures and the questions open on the eve of the meeting. Built once by
 * buildPanelReport so every section words the same facts the same way.
 */
import type { Classification } from '../../document/model.js';
import type { CarriedQuestions, GovernanceRecords, PanelWindow } from '../../governance/index.js';
import type { MeasureJson, MeasuresResult } from '../../measures/result.js';

export interface PanelOffice {
  /** 'Midshire': the police force area, as the Panel is named after it. */
  readonly area: string;
  /** 'Midshire Police'. */
  readonly forceName: string;
  readonly commissionerTitle: string;
  /** May be empty when not configured. */
  readonly commissionerName: string;
  /** 'Office of the Police and Crime Commissioner for Midshire'. */
  readonly officeName: string;
}

export interface PanelContext {
  readonly office: PanelOffice;
  readonly records: GovernanceRecords;
  readonly window: PanelWindow;
  readonly meetingDate: string;
  /** The last day records are drawn from: the day before the meeting. */
  readonly lastDay: string;
  readonly measures: MeasuresResult;
  /** Questions open on `lastDay`, grouped by measure. */
  readonly openQuestions: CarriedQuestions;
  readonly classification: Classification;
  /** The anchor of the appendix holding the NCPM statement. */
  readonly appendixAnchor: string;
}

/** The measure of the result with this id, if the report may show it at its classification. */
export function shownMeasure(ctx: PanelContext, id: string): MeasureJson | undefined {
  const m = ctx.measures.measures.find((x) => x.id === id);
  if (m === undefined) return undefined;
  return m.public || ctx.classification === 'OFFICIAL-SENSITIVE' ? m : undefined;
}

/** A measure's title as the statement prints it; the id when the result does not hold it. */
export function measureTitle(ctx: PanelContext, id: string): string {
  return ctx.measures.measures.find((x) => x.id === id)?.title ?? id;
}

/** An anchor from free text: lower case letters, digits and single hyphens. */
export function slug(value: string): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}

/** The anchor of the list of open questions on a measure (item 6), linked from the Plan tables. */
export const questionsAnchor = (measureId: string): string => `open-questions-${slug(measureId)}`;
