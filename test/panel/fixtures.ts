/**
 * Hand-made inputs for the Panel report's unit tests: governance records in the shape of the
 * reference report (a Panel on 7 March 2024, the next on 20 June 2024, the May Board postponed),
 * a small measures result whose figures are written out by hand, and a two-section statement.
 */
import type { Document } from '../../src/document/model.js';
import type { GovernanceRecords } from '../../src/governance/index.js';
import { parseGovernance } from '../../src/governance/index.js';
import { significanceJson } from '../../src/measures/figures/significanceFigure.js';
import type { MeasureJson, MeasuresResult } from '../../src/measures/result.js';
import type { PanelOffice } from '../../src/narrative/panel/index.js';
import { compareCounts } from '../../src/stats/significance.js';
import { measureVerdict } from '../../src/stats/verdict.js';
import { DEFAULT_SETTINGS_JSON } from '../helpers/settingsFixture.js';

export const MEASURE_IDS = [
  'violence_with_injury',
  'robbery_action_taken',
  'drug_related_homicide',
  'sensitive_count',
  'satisfaction_burglary',
] as const;

export const TEXTS: Record<string, string> = {
  'meetings.yaml': `meetings:
  - { id: panel-2023-12-07, type: panel, date: 2023-12-07 }
  - { id: gpb-2024-03, type: gpb, date: 2024-03-06, focus_topic: Strategic Policing Requirements }
  - { id: panel-2024-03-07, type: panel, date: 2024-03-07 }
  - { id: pwg-2024-03-28, type: panel_working_group, date: 2024-03-28, notes: The OPCC introduced a report on cybercrime and fraud }
  - { id: gpb-2024-04, type: gpb, date: 2024-04-10, focus_topic: Road policing }
  - { id: hta-2024-04-16, type: holding_to_account, date: 2024-04-16 }
  - { id: hta-2024-04-23, type: holding_to_account, date: 2024-04-23 }
  - { id: gpb-2024-05, type: gpb, date: 2024-05-08, status: postponed, reason: the pre-election period }
  - { id: gpb-2024-06, type: gpb, date: 2024-06-12, focus_topic: Business / Retail Crime, status: scheduled }
  - { id: panel-2024-06-20, type: panel, date: 2024-06-20, status: scheduled }
  - { id: panel-2024-09-19, type: panel, date: 2024-09-19, status: cancelled, reason: no quorum }
`,
  'questions.yaml': `questions:
  - id: SQ-001
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [robbery_action_taken]
    text: the specific measures the force were taking to improve the 'action taken' rates for robbery
  - id: SQ-002
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [drug_related_homicide]
    text: what arrangements are to be made for the capture of NCPM data in respect of drug related homicide
    response: { text: The figure is available nationally through the Digital Crime and Performance Pack., date: 2024-04-02 }
    status: assured
  - id: SQ-003
    kind: recommendation
    raised_in: { report: OPCC Performance Scrutiny report, period: Q3 2023/24 }
    date: 2024-01-10
    measures: [violence_with_injury]
    text: a focus on improving the 'action taken' outcome rate
    status: closed
    response: { text: An improvement plan was adopted., date: 2024-02-01 }
    closed: 2024-05-01
  - id: SQ-004
    raised_in: { report: OPCC Performance Scrutiny report, period: Q4 2023/24 }
    date: 2024-05-20
    text: the force's plans for the summer night-time economy
`,
  'decisions.yaml': `decisions:
  - { id: D-OLD, date: 2024-03-07, agenda_item: financial_summary, title: Decided on the previous Panel's day, text: Not reported again. }
  - { id: D-2024-07, date: 2024-04-08, agenda_item: financial_summary, title: Treasury management strategy, text: approved the strategy, amount: 1250.5 }
  - { id: D-2024-08, date: 2024-06-19, agenda_item: plan_progress, objective: fight_crime, title: Serious violence interventions, text: Funded three interventions., amount: 45000 }
`,
  'activities.yaml': `activities:
  - { date: 2024-04-10, agenda_item: plan_progress, objective: fight_crime, theme: violent_crime, title: Serious Violence Duty, text: The office finalised the Home Office submissions., measures: [violence_with_injury] }
  - { date: 2024-05-16, agenda_item: criminal_justice, title: Custody scrutiny panel, text: the panel met for the first time }
  - { date: 2024-06-20, agenda_item: emerging_issues, title: On the day of the meeting, text: Too late for this report. }
`,
  'engagement.yaml': `engagement:
  - { date: 2024-05-20, place: Leamington Spa, audience: independent retailers, topic: the ShopKind campaign on business crime, attended_by: [PCC] }
  - { date: 2024-06-03, place: Nuneaton, audience: the Ba'hai community, topic: the Walk of Faith }
`,
  'grants.yaml': `grants:
  - id: hotspot-2024-25
    kind: grant_received
    provider: Home Office
    service: ASB Hotspot Response Fund 2024/25
    amount: 1000000
    announced: 2023-12-12
    period: { from: 2024-04-01, to: 2025-03-31 }
    locations:
      - { town: Leamington, count: 6 }
      - { town: Nuneaton, count: 5 }
    updates:
      - { date: 2024-05-01, text: Enhanced patrols began at all 11 locations }
`,
  'plan.yaml': `title: Police and Crime Plan 2021-2025
period: { from: 2021-04-01, to: 2025-03-31 }
objectives:
  - id: fight_crime
    title: Fight crime and reduce offending
    measures: [violence_with_injury, robbery_action_taken, sensitive_count]
    themes:
      - { id: violent_crime, title: Violent Crime, measures: [violence_with_injury] }
  - id: keep_people_safe
    title: Keep people safe and reduce harm
    measures: [drug_related_homicide, satisfaction_burglary]
`,
};

export function records(texts: Record<string, string> = TEXTS): GovernanceRecords {
  return parseGovernance(texts, 'governance', { knownMeasures: new Set(MEASURE_IDS) });
}

export const OFFICE: PanelOffice = {
  area: 'Testshire',
  forceName: 'Testshire Police',
  commissionerTitle: 'Police and Crime Commissioner',
  commissionerName: 'Pat Example',
  officeName: 'Office of the Police and Crime Commissioner for Testshire',
};

const NA = { status: 'not_available', reason: 'not needed here' } as const;
const Q4 = { label: 'Q4 2023/24', kind: 'quarter', first: '2024-01', last: '2024-03' } as const;
const Q4_EARLIER = { label: 'Q4 2022/23', kind: 'quarter', first: '2023-01', last: '2023-03' } as const;

function measure(id: string, overrides: Partial<MeasureJson>): MeasureJson {
  return {
    id,
    title: id,
    priority: 'serious_violence',
    kind: 'force_proxy',
    source: 'force_extract',
    statistic: 'count',
    direction: 'down',
    unit: 'offences',
    classification: 'OFFICIAL',
    public: true,
    applicability: { status: 'applicable' },
    dataNote: '',
    status: 'ok',
    provenance: [],
    ...overrides,
  };
}

const countFigures = (current: number, earlier: number) => ({
  kind: 'count' as const,
  current: { status: 'ok' as const, period: Q4, value: current, text: current.toLocaleString('en-GB') },
  previous: NA,
  yearEarlier: { status: 'ok' as const, period: Q4_EARLIER, value: earlier, text: String(earlier) },
  changeOnPrevious: NA,
  changeOnYearEarlier: NA,
  threeYearAverage: NA,
  latestMonth: NA,
  rolling: NA,
  year: NA,
  forecast: NA,
  spc: NA,
  significance: NA,
  target: NA,
  peers: NA,
});

export const MEASURES: MeasuresResult = {
  schemaVersion: 1,
  generatedAt: '2024-06-11T08:00:00.000Z',
  force: { slug: 'testshire', name: 'Testshire Police', population: 600000 },
  period: Q4,
  settings: DEFAULT_SETTINGS_JSON,
  dataLoaded: [],
  problems: [],
  measures: [
    measure('violence_with_injury', {
      title: 'Violence with injury',
      figures: {
        ...countFigures(1141, 1007),
        changeOnYearEarlier: { status: 'ok', difference: 134, percent: 13.3, text: '+13% (+134)' },
        significance: {
          status: 'ok',
          ...significanceJson(compareCounts({ previous: 1007, current: 1141 }), Q4_EARLIER.label),
        },
        threeYearAverage: {
          status: 'ok',
          value: 1032,
          definition: 'same_month',
          label: 'mean of the same quarter in the three previous years',
          comparisons: [],
          verdict: 'above',
          rule: 'in line: between the lowest and the highest',
        },
      },
      verdict: measureVerdict({
        direction: 'down',
        periodTest: {
          significant: true,
          direction: 'increase',
          previous: 1007,
          current: 1141,
          comparedWith: 'Q4 2022/23',
        },
        smallNumbersBelow: 10,
      }),
    }),
    measure('robbery_action_taken', {
      title: "Robbery: 'action taken' outcome rate",
      statistic: 'outcome_rate',
      direction: 'up',
      unit: 'percent',
      figures: {
        ...countFigures(0, 0),
        kind: 'rate',
        current: { status: 'ok', period: Q4, value: 17.2, numerator: 17, denominator: 99, text: '17.2%' },
        changeOnYearEarlier: {
          status: 'ok',
          difference: -2.6,
          percent: null,
          text: '-2.6 percentage points',
        },
        spc: {
          status: 'ok',
          months: 36,
          first: '2021-04',
          last: '2024-03',
          limitsFrom: { first: '2021-04', last: '2022-03' },
          mean: 22,
          lowerLimit: 18,
          upperLimit: 26,
          latestPointType: 'special_cause_concern',
          latestRules: ['outside_limits'],
          variationIcon: 'concern_low',
          assuranceIcon: null,
          options: { baselinePoints: 12, rebase: [], shiftLength: 7, trendLength: 7, screenOutliers: true },
          signals: [],
          warnings: [],
        },
        target: { status: 'ok', target: 20, source: 'workspace', gap: -2.8, met: false, text: '-2.8 points' },
      },
      verdict: measureVerdict({
        direction: 'up',
        latestPoint: { month: '2024-03', pointType: 'special_cause_concern', rules: ['outside_limits'] },
        smallNumbersBelow: 10,
      }),
    }),
    measure('drug_related_homicide', {
      title: 'Drug-related homicide',
      kind: 'government',
      source: 'external',
      statistic: 'external',
      status: 'external',
      statusText: 'Not available in force data: the force does not disaggregate it.',
    }),
    measure('satisfaction_burglary', {
      title: 'Victim satisfaction: burglary',
      priority: 'victim_satisfaction',
      statistic: 'satisfaction_rate',
      direction: 'up',
      unit: 'percent',
      figures: {
        ...countFigures(0, 0),
        kind: 'rate',
        current: { status: 'ok', period: Q4, value: 79.0, numerator: 79, denominator: 100, text: '79%' },
        changeOnYearEarlier: { status: 'ok', difference: 6.4, percent: null, text: '+6.4 percentage points' },
        rolling: {
          status: 'ok',
          months: 6,
          first: '2023-10',
          last: '2024-03',
          value: 80.95,
          text: '81% (6-month)',
        },
        // Judged on the rolling rate: 80 + 0.95 = 80.95.
        target: { status: 'ok', target: 80, source: 'workspace', gap: 0.95, met: true, text: '+1.0 points' },
      },
    }),
    measure('sensitive_count', {
      title: 'A sensitive count',
      classification: 'OFFICIAL-SENSITIVE',
      public: false,
      figures: countFigures(12, 10),
    }),
  ],
};

/** A statement with sections, a figure, a reference to it and a link inside it. */
export function statement(classification: Document['classification'] = 'OFFICIAL'): Document {
  return {
    title: 'National Crime and Policing Measures',
    subtitle: "Q4 2023/24: the Police and Crime Commissioner's statement for Testshire",
    classification,
    meta: {
      organisation: OFFICE.officeName,
      periodLabel: 'Q4 2023/24',
      generatedAt: '2024-06-11T08:00:00.000Z',
      version: '0.0.0-test',
    },
    blocks: [
      { kind: 'heading', level: 1, id: 'introduction', text: '1. Introduction' },
      { kind: 'paragraph', runs: [{ kind: 'text', text: 'The six priorities.' }] },
      { kind: 'heading', level: 2, id: 'force-data', text: '5.1 Force data' },
      { kind: 'heading', level: 3, id: 'deep', text: 'Violence with injury' },
      { kind: 'heading', level: 4, id: 'deeper', text: 'Detail' },
      {
        kind: 'paragraph',
        runs: [
          { kind: 'text', text: 'See ' },
          { kind: 'figureRef', figureId: 'vwi' },
          { kind: 'text', text: ' and ' },
          { kind: 'link', text: 'the introduction', href: '#introduction' },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'figure',
        id: 'vwi',
        number: 1,
        caption: 'Violence with injury volumes',
        alt: 'A line chart.',
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
        dataTable: {
          caption: 'Violence with injury by month',
          header: [['Month', 'Count']],
          columns: [
            { align: 'left', numeric: false },
            { align: 'right', numeric: true },
          ],
          rows: [['March 2024', '359']],
        },
      },
    ],
  };
}
