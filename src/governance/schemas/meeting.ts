/**
 * meetings.yaml: the meetings where the Commissioner holds the Chief Constable to account, and the
 * Panel and audit committee meetings. The monthly Governance and Performance Board has a focus topic.
 */
import { z } from 'zod';
import { isoDate, recordId, text } from './common.js';

export const MEETING_TYPES = [
  'gpb',
  'holding_to_account',
  'panel',
  'panel_working_group',
  'jasc',
  'other',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_NAMES: Record<MeetingType, string> = {
  gpb: 'Governance and Performance Board',
  holding_to_account: 'Weekly holding to account meeting',
  panel: 'Police and Crime Panel',
  panel_working_group: 'Police and Crime Panel Performance and Planning Working Group',
  jasc: 'Joint Audit and Standards Committee',
  other: 'Meeting',
};

export const MEETING_STATUSES = ['scheduled', 'held', 'postponed', 'cancelled'] as const;

export const meetingSchema = z
  .object({
    id: recordId.describe('Meeting id, e.g. gpb-2024-04 or panel-2024-06-20'),
    type: z
      .enum(MEETING_TYPES)
      .describe(
        'gpb: Governance and Performance Board (monthly); holding_to_account: the weekly meeting with the Deputy Chief Constable; panel: Police and Crime Panel; panel_working_group: a Panel working group; jasc: Joint Audit and Standards Committee; other',
      ),
    date: isoDate.describe('The date it was held or planned for'),
    title: z.string().optional().describe('A title when the type name is not enough'),
    focus_topic: z.string().optional().describe("GPB only: the month's focus topic for in-depth scrutiny"),
    status: z.enum(MEETING_STATUSES).default('held').describe('scheduled, held, postponed or cancelled'),
    reason: text.optional().describe('Why it was postponed or cancelled (required for those statuses)'),
    rescheduled_to: recordId
      .optional()
      .describe('A postponed meeting: the id of the meeting that replaced it'),
    attendees: z.array(z.string()).default([]).describe('Who attended, by role or name'),
    notes: z.string().optional().describe('What was discussed or agreed, for the Panel report'),
  })
  .strict();

export type Meeting = z.infer<typeof meetingSchema>;
