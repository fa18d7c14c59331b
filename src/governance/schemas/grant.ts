/**
 * grants.yaml: grants received or awarded and commissioned services, e.g. a Home Office hotspot
 * response fund of £1m spent on patrols at 18 named locations across six towns.
 */
import { z } from 'zod';
import { datedNote, isoDate, recordId, text } from './common.js';

export const grantSchema = z
  .object({
    id: recordId.describe('Grant id, e.g. hotspot-response-2024-25'),
    kind: z
      .enum(['grant_received', 'grant_awarded', 'commissioned_service'])
      .describe('A grant the office received, one it awarded, or a service it commissions'),
    provider: text.describe("Who provides the money or the service, e.g. 'Home Office' or 'Victim Support'"),
    service: text.describe("What it pays for, e.g. 'Anti-social Behaviour Hotspot Response Fund'"),
    amount: z.number().nonnegative().optional().describe('Amount in pounds (a number, no £ sign or commas)'),
    announced: isoDate.optional().describe('When the grant was announced or awarded'),
    period: z
      .object({
        from: isoDate.describe('First day the grant or contract covers'),
        to: isoDate.describe('Last day it covers'),
      })
      .strict()
      .describe('The period the grant or contract covers; updates must fall within it'),
    outcomes: z.array(text).default([]).describe('Intended or achieved outcomes, one sentence each'),
    locations: z
      .array(
        z
          .object({
            town: text.describe('Town, e.g. Leamington'),
            count: z.number().int().positive().default(1).describe('How many locations in this town'),
            names: z
              .array(z.string())
              .optional()
              .describe('The locations by name, if published (count of them)'),
          })
          .strict(),
      )
      .default([])
      .describe('Where the money is spent, by town'),
    updates: z.array(datedNote).default([]).describe('Progress updates, each dated within the period'),
  })
  .strict();

export type Grant = z.infer<typeof grantSchema>;
