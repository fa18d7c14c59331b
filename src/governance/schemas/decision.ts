/**
 * decisions.yaml and activities.yaml: the Commissioner's formal decisions and the office's key
 * activities, each filed under one of the ten standing agenda items of the Panel report.
 */
import { z } from 'zod';
import { STANDING_ITEM_IDS } from '../standingItems.js';
import { isoDate, measureId, recordClassification, recordId, text } from './common.js';

const agendaItem = z
  .enum(STANDING_ITEM_IDS)
  .describe('The standing agenda item it is reported under (see docs/governance.md)');

export const decisionSchema = z
  .object({
    id: recordId.describe("Decision reference, e.g. 'PCC-D-2024-012'"),
    date: isoDate.describe('The date the decision was signed'),
    agenda_item: agendaItem,
    title: text.describe('A short title'),
    text: text.describe('What was decided and why'),
    amount: z.number().nonnegative().optional().describe('Money committed, in pounds'),
    objective: recordId.optional().describe('The Police and Crime Plan objective it serves (plan.yaml)'),
    meeting: recordId.optional().describe('The meeting where it was taken (meetings.yaml)'),
    classification: recordClassification,
  })
  .strict();

export const activitySchema = z
  .object({
    id: recordId.optional().describe('Optional id'),
    date: isoDate.describe('The date of the activity (its start, for a continuing one)'),
    agenda_item: agendaItem,
    title: text.describe("A short heading, e.g. 'Serious Violence Duty'"),
    text: text.describe('What the office did, in the words of the Panel report'),
    objective: recordId.optional().describe('The Police and Crime Plan objective it serves (plan.yaml)'),
    theme: recordId.optional().describe('A theme of that objective (plan.yaml), e.g. violent_crime'),
    measures: z.array(measureId).default([]).describe('Measures it bears on'),
    classification: recordClassification,
  })
  .strict();

export type Decision = z.infer<typeof decisionSchema>;
export type Activity = z.infer<typeof activitySchema>;
