/**
 * The commented `scrutiny.config.yaml` that `scrutiny init` writes. Every setting is explained
 * where the analyst will read it; defaults not written here come from config.ts.
 */
export interface TemplateValues {
  readonly forceName: string;
  readonly forceSlug: string;
  readonly area: string;
  readonly population: number;
  /** Where the population comes from, written beside it. */
  readonly populationSource?: string;
  readonly peers?: readonly {
    readonly slug: string;
    readonly population: number;
    readonly populationSource?: string;
  }[];
}

function peersYaml(peers: TemplateValues['peers']): string {
  if (!peers || peers.length === 0) return 'peers: []';
  return `peers:\n${peers.map((p) => `  - slug: ${p.slug}\n    population: ${p.population}${p.populationSource ? `   # ${p.populationSource}` : ''}`).join('\n')}`;
}

export function configTemplate(v: TemplateValues): string {
  return `# Scrutiny workspace configuration.
# Everything Scrutiny computes for this force comes from this file and the data/ folder.
# Lines starting with # are comments. Dates are YYYY-MM-DD, months YYYY-MM.

force:
  name: ${JSON.stringify(v.forceName)}          # as printed in statements
  slug: ${v.forceSlug}                  # the force's police.uk slug (file names: 2024-03-<slug>-street.csv)
  area: ${JSON.stringify(v.area)}                # the police force area
  population: ${v.population}             # usual resident population, for rates per 1,000${v.populationSource ? ` (${v.populationSource})` : ''}

commissioner:
  title: Police and Crime Commissioner
  name: ""                              # printed on the Panel report
  office: Office of the Police and Crime Commissioner

# Districts as the force extract writes them in its 'district' column.
districts: []
#  - name: North District
#    code: E07000000                    # ONS local authority code (optional)
#    population: 110000
#    area: North

# Most Similar Group peers, for peer ranks ("5th of 8"). The force itself is not listed.
# Take the list from the current HMICFRS / iQuanta MSG; it is not confirmed anywhere public.
${peersYaml(v.peers)}
#  - slug: west-mercia
#    population: 1300000

outcomes:
  # Home Office outcome types counted as 'action taken'. Forces differ: 1-8 is common;
  # some add 22 (diversionary activity) or drop 4 (taken into consideration).
  action_taken: [1, 2, 3, 4, 6, 7, 8]
  # assigned_in_period: outcomes assigned in the period / crimes recorded in the period.
  # of_crimes_recorded_in_period: outcomes of the crimes recorded in the period / those crimes.
  rate_basis: assigned_in_period
  rolling_months: 3

satisfaction:
  cohorts: [domestic_abuse, vehicle_crime, violence, burglary, hate_crime]
  targets:                              # whole-experience satisfaction targets, per cent
    domestic_abuse: 80
    vehicle_crime: 70
    violence: 75
    burglary: 80
    hate_crime: 80
  rolling_months: 6

statistics:
  three_year_average: same_month        # or previous_36_months
  spc_baseline_points: 12               # SPC limits fixed after this many points (null: all)
  spc_window_months: 36                 # SPC over the last 36 months, as charted: limits from the first 12 of them (null: all history)
  spc_rebase: []                        # months where SPC limits restart, e.g. [2023-04]
  spc_shift_points: 7
  spc_trend_points: 7
  spc_screen_outliers: true
  significance_level: 0.05
  small_numbers_below: 10               # fewer than this in either period: counts, not a percentage

style:                                  # how changes and volumes are written (docs/statistics.md section 4)
  preset: house                         # house: whole percentages, '+5%' (as the office writes); one_decimal: '+5.2%' below 10%
  # Each rule below replaces the preset's:
  # percent_decimals_below_10: 0        # 0: '+5%'; 1: '+5.2%'
  # thousands_separator: ","            # ",": '4,855'; "": '4855'
  # n_equals: true                      # 'volumes (n=4,855)'; false: 'volumes (4,855)'
  # sign_with_verb: true                # 'increased by +3%'; false: 'increased by 3%'
  # direction_words: increased_decreased   # or rose_fell, went_up_went_down

# The NCPM baseline: the 12 months each count is compared with. The Home Office's NCPM progress
# figures use the year ending June 2019; also calendar-2019, year-ending-march-2020, or any 12 months
# written YYYY-MM..YYYY-MM (e.g. 2018-04..2019-03).
baseline: year-ending-june-2019

statement:
  plan_title: Police and Crime Plan
  contribution: ""                      # the statement of contribution, in Markdown
`;
}
