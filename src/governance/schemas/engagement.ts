/** engagement.yaml: engagement events of the Commissioner, the Deputy and the office. */
import { z } from 'zod';
import { isoDate, recordId, text } from './common.js';

export const engagementSchema = z
  .object({
    id: recordId.optional().describe('Optional id, needed only to refer to the event elsewhere'),
    date: isoDate.describe('The date of the event'),
    place: text.describe("Where it took place, e.g. 'Leamington Spa'"),
    audience: text.describe("Who it reached, e.g. 'retailers', 'parish council', 'volunteers'"),
    topic: text.describe('What it was about, as the Panel report would summarise it'),
    attended_by: z
      .array(z.string())
      .default([])
      .describe("Who attended for the office, e.g. 'PCC', 'DPCC', 'OPCC'"),
  })
  .strict();

export type EngagementEvent = z.infer<typeof engagementSchema>;
