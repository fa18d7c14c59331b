/**
 * plan.yaml: the Police and Crime Plan and its objectives, each linked to the measures that show
 * progress on it, so the Panel report can print progress against the Plan from the same figures.
 */
import { z } from 'zod';
import { isoDate, measureId, recordId, text } from './common.js';

export const objectiveSchema = z
  .object({
    id: recordId.describe("Objective id, e.g. 'fight_crime'"),
    title: text.describe("As the Plan words it, e.g. 'Fight crime and reduce offending'"),
    description: z.string().optional().describe('What the objective commits to'),
    measures: z.array(measureId).default([]).describe('Measures that show progress on it'),
    themes: z
      .array(
        z
          .object({
            id: recordId.describe("Theme id, e.g. 'violent_crime'"),
            title: text.describe("As printed, e.g. 'Violent Crime'"),
            measures: z.array(measureId).default([]).describe('Measures for this theme'),
          })
          .strict(),
      )
      .default([])
      .describe('The headings the Panel report uses under the objective'),
  })
  .strict();

export const planSchema = z
  .object({
    title: text.describe("The Plan's title, e.g. 'Police and Crime Plan 2021-2025'"),
    published: isoDate.optional().describe('The date it was published'),
    period: z
      .object({ from: isoDate.describe('First day it covers'), to: isoDate.describe('Last day it covers') })
      .strict()
      .describe('The period the Plan covers'),
    objectives: z.array(objectiveSchema).describe('The objectives, in the order the Plan lists them'),
  })
  .strict();

export type Plan = z.infer<typeof planSchema>;
export type PlanObjective = z.infer<typeof objectiveSchema>;
