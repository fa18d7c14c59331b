/**
 * One measure of the catalogue, as the YAML files in this folder (and a workspace's measures/ folder)
 * write it. The schema checks the shape of one entry; loadMeasures.ts checks each entry on its own
 * and then checks its vocabulary (offence codes, police.uk categories, cohorts) against the
 * reference tables, so one bad entry is reported and the others still load.
 */
import { z } from 'zod';
import { CRIME_FLAGS, OCG_LEVELS } from '../formats.js';

export const PRIORITIES = [
  'homicide',
  'serious_violence',
  'drugs_county_lines',
  'neighbourhood_crime',
  'cyber_crime',
  'victim_satisfaction',
] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MEASURE_SOURCES = ['force_extract', 'home_office', 'police_uk', 'external'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

export const STATISTICS = [
  'count',
  'outcome_rate',
  'satisfaction_rate',
  'disruption_count',
  'safeguarded_count',
  'external',
] as const;
export type Statistic = (typeof STATISTICS)[number];

const measureId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a measure id: lower case letters, digits and _ (e.g. "robbery_personal")');

export const selectionSchema = z
  .object({
    offence_codes: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Home Office offence codes counted, e.g. ['1', '4.1']; '4/1' is read as '4.1'"),
    flags: z
      .array(z.enum(CRIME_FLAGS))
      .min(1)
      .optional()
      .describe('Force extract flags a crime must ALL carry to be counted (e.g. [knife])'),
    police_uk_categories: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("police.uk 'Crime type' values counted, exactly as published (e.g. 'Vehicle crime')"),
    cohort: z
      .string()
      .min(1)
      .optional()
      .describe('Satisfaction survey cohort (one of the workspace satisfaction.cohorts)'),
    ocg_levels: z
      .array(z.enum(OCG_LEVELS))
      .min(1)
      .optional()
      .describe('OCG disruption levels counted; all levels when absent'),
    safeguarded: z
      .enum(['adults', 'children'])
      .optional()
      .describe('For safeguarded_count: which people safeguarded during OCG disruptions are summed'),
  })
  .strict();

export const peersSchema = z
  .object({
    source: z
      .enum(['home_office', 'police_uk'])
      .describe('The source holding every peer force: Home Office tables (quarterly) or police.uk'),
    police_uk_categories: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("police.uk categories for the peers, when the measure's own selection is offence codes"),
  })
  .strict();

/**
 * A source a measure falls back to, in the order listed, when its own source holds nothing for the
 * force (an office with only published data has no force extract): the Home Office police recorded
 * crime open data table, counted by offence code per financial quarter. The codes are data, so an
 * office can change them in its own measures/ folder without touching code.
 */
export const fallbackSchema = z
  .object({
    source: z
      .enum(['home_office'])
      .describe('home_office: the Home Office police recorded crime open data table (quarterly, by code)'),
    selection: z
      .object({
        offence_codes: z
          .array(z.string().min(1))
          .min(1)
          .describe("Home Office offence codes counted from the published table, e.g. ['34A', '34B']"),
      })
      .strict()
      .describe('What the published table counts for this measure'),
    codes_confirmed: z
      .boolean()
      .default(true)
      .describe(
        'false when no public source confirms that these codes make the measure (domain brief): the output says the list is an assumption to check',
      ),
    note: z
      .string()
      .default('')
      .describe('What the published count covers, printed beside its figures (plain words, no codes needed)'),
  })
  .strict();

export const applicabilitySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('applicable').describe('The measure applies to this police area') }).strict(),
  z
    .object({
      status: z.literal('not_applicable').describe('The measure does not apply to this police area'),
      reason: z
        .string()
        .min(1)
        .describe('Why not: the Specified Information Order, article 7A(b), requires the reason'),
    })
    .strict(),
]);

export const measureSchema = z
  .object({
    id: measureId.describe('Stable identifier; a workspace entry with the same id replaces this one'),
    title: z.string().min(1).describe("Title as the statement prints it, e.g. 'Burglary (Home)'"),
    priority: z.enum(PRIORITIES).describe('The NCPM priority the measure reports under'),
    kind: z
      .enum(['government', 'force_proxy', 'local'])
      .describe(
        "government: a Home Office NCPM measure; force_proxy: the force's own proxy for one; local: a Police and Crime Plan measure the NCPM does not define (anti-social behaviour)",
      ),
    source: z.enum(MEASURE_SOURCES).describe('Where the figures come from'),
    selection: selectionSchema.default({}).describe('What is counted'),
    statistic: z.enum(STATISTICS).describe('How the selected rows become a monthly figure'),
    direction: z.enum(['up', 'down', 'neutral']).describe('Which way is good: up, down, or neutral'),
    target: z
      .number()
      .optional()
      .describe('Target in the unit of the measure (for satisfaction, the workspace target is the default)'),
    classification: z
      .enum(['OFFICIAL', 'OFFICIAL-SENSITIVE'])
      .describe('OFFICIAL-SENSITIVE measures never reach a public output'),
    applicability: applicabilitySchema
      .default({ status: 'applicable' })
      .describe('Whether the measure applies here, and if not, why (SIO 7A(b))'),
    data_note: z.string().default('').describe('A note printed with the figures: caveats, definitions'),
    unit: z.string().min(1).describe("Unit of the figure as printed, e.g. 'offences', '%', 'disruptions'"),
    with_and_without_exceptional: z
      .boolean()
      .default(false)
      .describe('Also count without crimes flagged exceptional_incident (homicide: multi-victim events)'),
    homicide_outlier_rule: z
      .boolean()
      .default(false)
      .describe('Apply the Home Office homicide outlier rule (latest 6 months vs a year earlier)'),
    external_reason: z
      .string()
      .min(1)
      .optional()
      .describe('For statistic external: why the figure is not in force data and where it lives'),
    peers: peersSchema.optional().describe('How the same measure is computed for the peer forces'),
    published_heading: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The ONS police force area tables' heading counting the same offences (e.g. 'Residential burglary'): feeds the baseline and the national position",
      ),
    fallback: z
      .array(fallbackSchema)
      .default([])
      .describe("Published sources tried in order when the measure's own source holds nothing for the force"),
  })
  .strict();

export type MeasureInput = z.input<typeof measureSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Selection = z.infer<typeof selectionSchema>;
export type Fallback = z.infer<typeof fallbackSchema>;

/** Which (source, statistic) pairs the measures layer can compute, and what each needs selected. */
export const STATISTIC_SOURCES: Readonly<Record<Statistic, readonly MeasureSource[]>> = {
  count: ['force_extract', 'home_office', 'police_uk'],
  outcome_rate: ['force_extract', 'home_office'],
  satisfaction_rate: ['force_extract'],
  disruption_count: ['force_extract'],
  safeguarded_count: ['force_extract'],
  external: ['external'],
};
