/**
 * The statement's narrative pieces on hand-made measures, with expected sentences worked by hand:
 * the house-style volume sentences with the meaning of each change, the carried question sentence,
 * the period folder names, the commentary Markdown, and which measures the statement shows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlocks } from '../../src/document/markdownBlocks.js';
import type { GovernanceRecords } from '../../src/governance/index.js';
import { carriedQuestions } from '../../src/governance/index.js';
import { significanceFigure } from '../../src/measures/figures/significanceFigure.js';
import { statementYear, yearFigure } from '../../src/measures/figures/yearFigure.js';
import type { MeasureJson, SeriesPoint } from '../../src/measures/result.js';
import { commentaryFolderCandidates, periodFolderName } from '../../src/narrative/commentaryFiles.js';
import { volumeSentence } from '../../src/narrative/sentences/volumes.js';
import { countParagraphs } from '../../src/narrative/statement/countNarrative.js';
import { layoutOf } from '../../src/narrative/statement/layout.js';
import { questionParagraphs } from '../../src/narrative/statement/questions.js';
import { parsePeriod, samePeriodYearEarlier } from '../../src/stats/calendar.js';
import { type NumberStyle, resolveStyle, STYLE_PRESETS } from '../../src/stats/numberStyle.js';
import { monthlySeries } from '../../src/stats/series.js';
import { monthlyCounts } from './referenceExtract.js';

const Q4 = parsePeriod('Q4 2023/24');

test('period folders: 2023-24-q4 for the output, commentary/2023-24-Q4 looked for first', () => {
  assert.equal(periodFolderName(Q4), '2023-24-q4');
  assert.equal(periodFolderName(parsePeriod('Q1 2024/25')), '2024-25-q1');
  assert.deepEqual(commentaryFolderCandidates('/ws/commentary', Q4), [
    '/ws/commentary/2023-24-Q4',
    '/ws/commentary/2023-24-q4',
  ]);
});

test("the statement's year: the financial year at Q4, else the 12 months to the quarter's end", () => {
  assert.equal(statementYear(Q4).label, '2023/24');
  assert.equal(statementYear(parsePeriod('Q3 2023/24')).label, '12 months to December 2023');
});

test('a special cause month is said to be one, in place of the significance clause', () => {
  assert.equal(
    volumeSentence({
      periodLabel: 'March 2024',
      periodKind: 'month',
      value: 40,
      base: { value: 25, comparison: 'previous_period' },
      significance: 'normal_variation',
      spcSignal: 'concern',
    }),
    'In March 2024, volumes (n=40) increased by +60% on the previous month (25 to 40); this is a special cause signal on the SPC chart (a concern), and the numbers are small.',
  );
});

/** Violence with injury as the reference report has it: 4,714 then 4,855; February 360, March 369. */
function violenceWithInjury(): MeasureJson {
  const counts = monthlyCounts({
    code: '8N',
    years: { '2022/23': 4714, '2023/24': 4855 },
    pinned: {
      '2023-01': 380,
      '2023-02': 360,
      '2023-03': 369,
      '2024-01': 380,
      '2024-02': 360,
      '2024-03': 369,
    },
  });
  const monthly = monthlySeries([...counts]);
  const series: SeriesPoint[] = [...counts].map(([month, value]) => ({
    month,
    value,
    spc: { pointType: 'common_cause', mean: 390, lpl: 320, upl: 460 },
  }));
  const period = (label: string) => parsePeriod(label);
  const at = (label: string, value: number) => {
    const p = period(label);
    return {
      status: 'ok' as const,
      period: { label: p.label, kind: p.kind, first: p.first, last: p.last },
      value,
      text: String(value),
    };
  };
  const average = {
    status: 'ok' as const,
    value: 370,
    definition: 'same_month',
    label: '',
    comparisons: [],
    verdict: 'in_line' as const,
    rule: '',
  };
  return {
    id: 'violence_with_injury',
    title: 'Violence with injury',
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
    series,
    figures: {
      kind: 'count',
      current: at('Q4 2023/24', 1109),
      previous: at('Q3 2023/24', 1200),
      yearEarlier: at('Q4 2022/23', 1109),
      changeOnPrevious: { status: 'not_available' },
      changeOnYearEarlier: { status: 'ok', difference: 0, percent: 0, text: 'no change' },
      threeYearAverage: { status: 'not_available' },
      latestMonth: {
        status: 'ok',
        month: '2024-03',
        value: 369,
        text: '369',
        changeOnPreviousMonth: { status: 'ok', difference: 9, percent: 2.5, text: '+2.5% (+9)' },
        threeYearAverage: average,
      },
      rolling: { status: 'not_available' },
      forecast: {
        status: 'ok',
        month: '2024-03',
        observed: 369,
        verdict: 'in_line',
        forecast: 375,
        lower: 330,
        upper: 420,
        level: 0.95,
        fittedOn: { first: '2019-03', last: '2024-02', months: 60 },
        method: 'test',
      },
      spc: { status: 'not_available' },
      // The year and the quarter are judged by the measures layer's own exact test.
      year: yearFigure(monthly, Q4, 0.05, 'violence_with_injury'),
      significance: significanceFigure(monthly, Q4, samePeriodYearEarlier(Q4), 0.05, 'violence_with_injury'),
      target: { status: 'not_available' },
      peers: { status: 'not_available' },
    },
  };
}

function paragraphTexts(style: NumberStyle): string[] {
  return countParagraphs(violenceWithInjury(), 'Warwickshire Police', style).map((b) =>
    b.kind === 'paragraph' ? b.runs.map((r) => ('text' in r ? r.text : '')).join('') : b.kind,
  );
}

test("a count measure's force data: year, quarter and month, each with what the change means", () => {
  const texts = paragraphTexts(STYLE_PRESETS.one_decimal);
  assert.deepEqual(texts, [
    // 4,855 against 4,714 is +2.99%: '+3%'. z = 141 / √(4,855 + 4,714) = 1.44, p ≈ 0.15: not significant.
    'In 2023/24, volumes (n=4,855) increased by +3% on the previous year; this is within normal variation.',
    'In Q4 2023/24, volumes (n=1,109) were unchanged on the same quarter last year; this is within normal quarterly variation.',
    // 369 against 360 is +2.5%; the point is common cause on its SPC chart.
    'In March 2024, volumes (n=369) increased by +2.5% on the previous month and were in line with both the 3-year average and forecast; this is within normal monthly variation.',
  ]);
});

test('the same sentences in the house style, and with each rule of the style changed', () => {
  const house = paragraphTexts(STYLE_PRESETS.house);
  // 369 on 360 is +2.5%: whole percentages round half away from zero, '+3%'.
  assert.match(house[2] ?? '', /^In March 2024, volumes \(n=369\) increased by \+3% on the previous month/);
  assert.match(house[0] ?? '', /volumes \(n=4,855\) increased by \+3% on the previous year/);
  const plain = paragraphTexts(
    resolveStyle('house', {
      nEquals: false,
      signWithVerb: false,
      thousandsSeparator: '',
      directionWords: 'rose_fell',
    }),
  );
  assert.match(plain[0] ?? '', /^In 2023\/24, volumes \(4855\) rose by 3% on the previous year;/);
  assert.match(plain[2] ?? '', /^In March 2024, volumes \(369\) rose by 3% on the previous month/);
});

test("the carried question in the reference report's words, open and then answered", () => {
  const records: Pick<GovernanceRecords, 'questions'> = {
    questions: [
      {
        id: 'SQ-001',
        kind: 'question',
        raised_in: { period: 'Q2 2023/24', report: 'OPCC Performance Scrutiny report' },
        date: '2023-11-14',
        measures: ['robbery_action_taken'],
        text: "the specific measures the force were taking to improve the 'action taken' rates for robbery",
        status: 'assured',
        response: { text: 'A robbery problem-solving plan is in place.', date: '2024-04-10' },
        follow_ups: [],
      },
    ] as unknown as GovernanceRecords['questions'],
  };
  const inQ4 = carriedQuestions(records, 'Q4 2023/24').questions[0]!;
  const inQ1 = carriedQuestions(records, 'Q1 2024/25').questions[0]!;
  const text = (q: typeof inQ4) =>
    questionParagraphs(q, 'Warwickshire Police').map((b) =>
      b.kind === 'paragraph' ? b.runs.map((r) => ('text' in r ? r.text : '')).join('') : '',
    );
  assert.deepEqual(text(inQ4), [
    "A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding the specific measures the force were taking to improve the 'action taken' rates for robbery. The force's position will continue to be monitored by the OPCC.",
  ]);
  assert.deepEqual(text(inQ1), [
    "A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding the specific measures the force were taking to improve the 'action taken' rates for robbery. The response provided by Warwickshire Police on 10 April 2024 was: A robbery problem-solving plan is in place. The OPCC is assured by the response. The force's position will continue to be monitored by the OPCC.",
  ]);
});

test('commentary Markdown: headings under their section with unique ids, lists, emphasis and links', () => {
  const blocks = markdownBlocks(
    '## Burglary\n\nA **notable** improvement, see [the plan](https://example.org/plan).\n\n- first\n- second\n  continued\n\n## Burglary\n\n1. one\n',
    { topLevel: 3, idPrefix: 'nc' },
  );
  assert.deepEqual(
    blocks.map((b) => b.kind),
    ['heading', 'paragraph', 'list', 'heading', 'list'],
  );
  assert.deepEqual(blocks[0], { kind: 'heading', level: 3, id: 'nc-burglary', text: 'Burglary' });
  assert.deepEqual(blocks[3], { kind: 'heading', level: 3, id: 'nc-burglary-2', text: 'Burglary' });
  assert.deepEqual(blocks[1], {
    kind: 'paragraph',
    runs: [
      { kind: 'text', text: 'A ' },
      { kind: 'strong', text: 'notable' },
      { kind: 'text', text: ' improvement, see ' },
      { kind: 'link', text: 'the plan', href: 'https://example.org/plan' },
      { kind: 'text', text: '.' },
    ],
  });
  const list = blocks[2];
  assert.ok(list?.kind === 'list' && !list.ordered);
  assert.deepEqual(
    list.items.map((i) => i.runs.map((r) => ('text' in r ? r.text : '')).join('')),
    ['first', 'second continued'],
  );
  assert.ok(blocks[4]?.kind === 'list' && blocks[4].ordered);
});

test('which measures show: sensitive ones only when marked so, rates under their count, police.uk as a fallback', () => {
  const base = violenceWithInjury();
  const measure = (id: string, extra: Partial<MeasureJson> = {}): MeasureJson => ({
    ...base,
    id,
    title: id,
    ...extra,
  });
  const rate = measure('violence_with_injury_action_taken', {
    unit: '%',
    statistic: 'outcome_rate',
    figures: { ...base.figures!, kind: 'rate' },
  });
  const sensitive = measure('secret_count', { classification: 'OFFICIAL-SENSITIVE', public: false });
  const policeUk = measure('police_uk_violence', { source: 'police_uk' });
  const all = [base, rate, sensitive, policeUk];

  const official = layoutOf(all, 'OFFICIAL');
  const sv = official.priorities.find((p) => p.priority === 'serious_violence')!;
  assert.deepEqual(
    sv.sections.map((s) => [s.lead.id, s.rate?.id]),
    [['violence_with_injury', 'violence_with_injury_action_taken']],
  );
  assert.deepEqual(
    official.left.map((l) => [l.measure.id, l.why]),
    [
      ['secret_count', 'classification'],
      ['police_uk_violence', 'police_uk_fallback'],
    ],
  );
  const marked = layoutOf(all, 'OFFICIAL-SENSITIVE');
  assert.ok(marked.priorities.some((p) => p.sections.some((s) => s.lead.id === 'secret_count')));
  const onlyPoliceUk = layoutOf([policeUk], 'OFFICIAL');
  assert.deepEqual(
    onlyPoliceUk.priorities.flatMap((p) => p.sections.map((s) => s.lead.id)),
    ['police_uk_violence'],
  );
});
