/**
 * The workspace configuration, `scrutiny.config.yaml`. Loose user input goes through one schema
 * into a fully defaulted `WorkspaceConfig`; each default is written beside its field
 * (compare Observable Framework's normalizeConfig). Unconfirmed conventions from the domain brief
 * (the 'action taken' set, the rate basis, the 3-year average) are settings here, not constants.
 */
import { z } from 'zod';
import { baselineSchema } from './baselineSetting.js';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a police.uk force slug such as "warwickshire" or "west-mercia"');
const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const districtSchema = z.object({
  name: z.string().min(1).describe('District name as the force extract writes it in `district`'),
  code: z.string().optional().describe('ONS local authority code, e.g. E07000218'),
  population: z.number().int().positive().optional().describe('Usual resident population'),
  area: z.string().optional().describe('Larger area it belongs to, e.g. "North" or "South"'),
});

export const peerSchema = z.object({
  slug: slug.describe('police.uk slug of the peer force'),
  name: z.string().optional().describe('Display name; defaults to the name in the forces reference table'),
  population: z.number().int().positive().describe('Usual resident population, for rates per 1,000'),
});

export const configSchema = z.object({
  force: z
    .object({
      name: z.string().min(1).describe('Force name as printed, e.g. "Warwickshire Police"'),
      slug: slug.describe('police.uk slug, e.g. "warwickshire"'),
      area: z.string().min(1).describe('Police force area name, e.g. "Warwickshire"'),
      population: z.number().int().positive().describe('Usual resident population of the force area'),
    })
    .describe('The force this workspace reports on'),
  commissioner: z
    .object({
      title: z.string().default('Police and Crime Commissioner').describe('Office title as printed'),
      name: z.string().default('').describe('Commissioner name, for the Panel report'),
      office: z.string().default('Office of the Police and Crime Commissioner').describe('Office name'),
    })
    .default({
      title: 'Police and Crime Commissioner',
      name: '',
      office: 'Office of the Police and Crime Commissioner',
    }),
  districts: z.array(districtSchema).default([]).describe('Districts used in the force extract'),
  peers: z.array(peerSchema).default([]).describe('Most Similar Group peers (the force itself excluded)'),
  outcomes: z
    .object({
      action_taken: z
        .array(z.number().int().min(0).max(22))
        .default([1, 2, 3, 4, 6, 7, 8])
        .describe(
          "Home Office outcome types counted as 'action taken' (not confirmed nationally: see the domain brief)",
        ),
      rate_basis: z
        .enum(['assigned_in_period', 'of_crimes_recorded_in_period'])
        .default('assigned_in_period')
        .describe(
          'assigned_in_period: outcomes assigned in the period / crimes recorded in it; of_crimes_recorded_in_period: outcomes of the crimes recorded in the period',
        ),
      rolling_months: z
        .number()
        .int()
        .min(1)
        .max(12)
        .default(3)
        .describe('Months in the rolling outcome rate'),
    })
    .default({ action_taken: [1, 2, 3, 4, 6, 7, 8], rate_basis: 'assigned_in_period', rolling_months: 3 }),
  satisfaction: z
    .object({
      cohorts: z
        .array(z.string().regex(/^[a-z][a-z0-9_]*$/))
        .default(['domestic_abuse', 'vehicle_crime', 'violence', 'burglary', 'hate_crime'])
        .describe('Survey cohorts accepted in satisfaction.csv'),
      targets: z
        .record(z.string(), z.number().min(0).max(100))
        .default({ domestic_abuse: 80, vehicle_crime: 70, violence: 75, burglary: 80, hate_crime: 80 })
        .describe('Target whole-experience satisfaction (%) per cohort'),
      rolling_months: z
        .number()
        .int()
        .min(1)
        .max(12)
        .default(6)
        .describe('Months in the rolling satisfaction rate'),
    })
    .default({
      cohorts: ['domestic_abuse', 'vehicle_crime', 'violence', 'burglary', 'hate_crime'],
      targets: { domestic_abuse: 80, vehicle_crime: 70, violence: 75, burglary: 80, hate_crime: 80 },
      rolling_months: 6,
    }),
  statistics: z
    .object({
      three_year_average: z
        .enum(['same_month', 'previous_36_months'])
        .default('same_month')
        .describe(
          'same_month: mean of the same calendar month in the 3 previous years; previous_36_months: mean of the 36 months before',
        ),
      spc_baseline_points: z
        .number()
        .int()
        .min(12)
        .nullable()
        .default(12)
        .describe('Fix SPC limits after N points (null: all points)'),
      spc_window_months: z
        .number()
        .int()
        .min(12)
        .nullable()
        .default(36)
        .describe(
          "SPC over the last N months to the period's end, the months its charts draw, so the limits come from the first spc_baseline_points of them (null: the whole history)",
        ),
      spc_rebase: z.array(monthText).default([]).describe('Months at which SPC limits are recalculated'),
      spc_shift_points: z
        .number()
        .int()
        .min(6)
        .max(9)
        .default(7)
        .describe('Points on one side of the mean for a shift'),
      spc_trend_points: z
        .number()
        .int()
        .min(6)
        .max(9)
        .default(7)
        .describe('Points rising or falling for a trend'),
      spc_screen_outliers: z
        .boolean()
        .default(true)
        .describe('Screen moving ranges >= 3.267 x mean before the limits (NHSRplotthedots default)'),
      significance_level: z
        .number()
        .gt(0)
        .lt(0.5)
        .default(0.05)
        .describe('p-value below which a change is called significant'),
      small_numbers_below: z
        .number()
        .int()
        .min(1)
        .default(10)
        .describe('Fewer than this in either compared period: outputs give the counts, not a percentage'),
    })
    .default({
      three_year_average: 'same_month',
      spc_baseline_points: 12,
      spc_window_months: 36,
      spc_rebase: [],
      spc_shift_points: 7,
      spc_trend_points: 7,
      spc_screen_outliers: true,
      significance_level: 0.05,
      small_numbers_below: 10,
    }),
  style: z
    .object({
      preset: z
        .enum(['house', 'one_decimal'])
        .default('house')
        .describe(
          "house: whole percentages ('+5%', '-6%', '+1%') as the office writes them; one_decimal: one decimal below 10% ('+5.2%')",
        ),
      percent_decimals_below_10: z
        .union([z.literal(0), z.literal(1)])
        .optional()
        .describe('Decimals of a percentage change under 10% (overrides the preset)'),
      thousands_separator: z
        .enum([',', ''])
        .optional()
        .describe("Between groups of three digits in counts: ',' (4,855) or '' (4855)"),
      n_equals: z
        .boolean()
        .optional()
        .describe("Volume sentences show the count as '(n=4,855)'; false: '(4,855)'"),
      sign_with_verb: z
        .boolean()
        .optional()
        .describe("A change after a verb keeps its sign: 'increased by +3%'; false: 'increased by 3%'"),
      direction_words: z
        .enum(['increased_decreased', 'rose_fell', 'went_up_went_down'])
        .optional()
        .describe('The verbs for a rise and a fall'),
    })
    .default({ preset: 'house' })
    .describe('How changes and volumes are written (docs/statistics.md section 4)'),
  baseline: baselineSchema,
  statement: z
    .object({
      plan_title: z.string().default('Police and Crime Plan').describe('Title of the Police and Crime Plan'),
      plan_published: dateText.optional().describe('Date the Plan was published'),
      contribution: z.string().default('').describe('Statement of contribution text (Markdown)'),
    })
    .default({ plan_title: 'Police and Crime Plan', contribution: '' }),
});

export type WorkspaceConfig = z.infer<typeof configSchema>;
export type District = z.infer<typeof districtSchema>;
export type Peer = z.infer<typeof peerSchema>;
