/**
 * The choices the decision and activity forms offer: the Panel report's standing agenda items, the
 * Plan's objectives and the recorded meetings, each shown by its title (never its id) with a
 * "none" first where the field is optional.
 */
import { MEETING_TYPE_NAMES, STANDING_AGENDA_ITEMS } from '../../governance/index.js';
import { planOf, recordsOf } from '../journeys/governanceRecords.js';
import type { Sql } from '../storage/database.js';

export type Choices = readonly (readonly [string, string])[];

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const AGENDA_ITEM_CHOICES: Choices = STANDING_AGENDA_ITEMS.map(
  (item) => [item.id, `${item.number}. ${item.title}`] as const,
);

/** The agenda item's title, for the tables. */
export function agendaItemTitle(id: unknown): string {
  return STANDING_AGENDA_ITEMS.find((item) => item.id === id)?.title ?? str(id);
}

export async function objectiveChoices(sql: Sql): Promise<Choices> {
  const objectives = (await planOf(sql))?.objectives;
  const list = Array.isArray(objectives) ? (objectives as Record<string, unknown>[]) : [];
  return [['', 'None'], ...list.map((o) => [str(o.id), str(o.title) || str(o.id)] as const)];
}

export async function meetingChoices(sql: Sql): Promise<Choices> {
  const meetings = [...(await recordsOf(sql, 'meetings'))].sort((a, b) =>
    str(b.date).localeCompare(str(a.date)),
  );
  const name = (m: Record<string, unknown>) =>
    str(m.title) || ((MEETING_TYPE_NAMES as Record<string, string>)[str(m.type)] ?? str(m.type));
  return [['', 'None'], ...meetings.map((m) => [m.id, `${str(m.date)} ${name(m)}`] as const)];
}

/** The Plan's themes, each named with its objective (a theme belongs to one objective). */
export async function themeChoices(sql: Sql): Promise<Choices> {
  const objectives = (await planOf(sql))?.objectives;
  const list = Array.isArray(objectives) ? (objectives as Record<string, unknown>[]) : [];
  const themes = list.flatMap((o) =>
    (Array.isArray(o.themes) ? (o.themes as Record<string, unknown>[]) : []).map(
      (t) => [str(t.id), `${str(o.title)}: ${str(t.title)}`] as const,
    ),
  );
  return [['', 'None'], ...themes];
}
