import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homicideSentences, outlierSentences } from '../../src/narrative/sentences/homicide.js';
import { outcomeRateSentence, targetLine } from '../../src/narrative/sentences/rates.js';
import { againstClause, volumeSentence } from '../../src/narrative/sentences/volumes.js';
import { STYLE_PRESETS } from '../../src/stats/numberStyle.js';

test('volume sentences read exactly as the reference report writes them (its +2.5% in one_decimal)', () => {
  assert.equal(
    volumeSentence({
      periodLabel: '2023/24',
      periodKind: 'financial_year',
      value: 4855,
      base: { value: 4714, comparison: 'previous_period' },
    }),
    'In 2023/24, volumes (n=4,855) increased by +3% on the previous year.',
  );
  assert.equal(
    volumeSentence({
      periodLabel: 'March 2024',
      periodKind: 'month',
      value: 369,
      base: { value: 360, comparison: 'previous_period' },
      average: 'in_line',
      forecast: 'in_line',
      style: STYLE_PRESETS.one_decimal,
    }),
    'In March 2024, volumes (n=369) increased by +2.5% on the previous month and were in line with both the 3-year average and forecast.',
  );
  // The house style (the default) writes whole percentages, as the office's other statements do.
  assert.equal(
    volumeSentence({
      periodLabel: 'March 2024',
      periodKind: 'month',
      value: 21,
      base: { value: 22, comparison: 'previous_period' },
    }),
    'In March 2024, volumes (n=21) decreased by -5% on the previous month (22 to 21).',
  );
  // 1,591 on 1,585 (+0.4%) rounds to nothing, but is not no change.
  const tiny = { periodLabel: 'Q3 2025/26', periodKind: 'quarter', value: 1591 } as const;
  const base = { value: 1585, comparison: 'previous_period' } as const;
  assert.equal(
    volumeSentence({ ...tiny, base }),
    'In Q3 2025/26, volumes (n=1,591) increased by less than 1% on the previous quarter.',
  );
  assert.equal(
    volumeSentence({ ...tiny, base, style: STYLE_PRESETS.one_decimal }),
    'In Q3 2025/26, volumes (n=1,591) increased by +0.4% on the previous quarter.',
  );
  assert.equal(
    volumeSentence({
      periodLabel: '2023/24',
      periodKind: 'financial_year',
      value: 4090,
      base: { value: 4700, comparison: 'previous_period' },
    }),
    'In 2023/24, volumes (n=4,090) decreased by -13% on the previous year.',
  );
});

test('a large percentage on small counts shows the counts and says whether it means anything', () => {
  assert.equal(
    volumeSentence({
      periodLabel: 'March 2024',
      periodKind: 'month',
      value: 40,
      base: { value: 25, comparison: 'previous_period' },
      significance: 'normal_variation',
    }),
    'In March 2024, volumes (n=40) increased by +60% on the previous month (25 to 40); this is within normal monthly variation, and the numbers are small.',
  );
  assert.equal(
    volumeSentence({
      periodLabel: 'Q4 2023/24',
      periodKind: 'quarter',
      value: 1500,
      base: { value: 1200, comparison: 'same_period_year_earlier' },
      significance: 'significant_increase',
    }),
    'In Q4 2023/24, volumes (n=1,500) increased by +25% on the same quarter last year; this is a statistically significant increase.',
  );
});

test('no base, a zero base and no change are written without a percentage', () => {
  assert.equal(
    volumeSentence({ periodLabel: 'March 2024', periodKind: 'month', value: 3 }),
    'In March 2024, volumes (n=3) were recorded.',
  );
  assert.equal(
    volumeSentence({
      periodLabel: 'March 2024',
      periodKind: 'month',
      value: 3,
      base: { value: 0, comparison: 'previous_period' },
    }),
    'In March 2024, volumes (n=3) compared with none in the previous month.',
  );
  assert.equal(
    volumeSentence({
      periodLabel: '2023/24',
      periodKind: 'financial_year',
      value: 258,
      base: { value: 258, comparison: 'previous_period' },
    }),
    'In 2023/24, volumes (n=258) were unchanged on the previous year.',
  );
});

test('the average and forecast clause names each verdict', () => {
  assert.equal(againstClause('above', 'above'), 'were above both the 3-year average and forecast');
  assert.equal(
    againstClause('above', 'in_line'),
    'were above the 3-year average and in line with the forecast',
  );
  assert.equal(againstClause(undefined, 'below'), 'were below the forecast');
  assert.equal(againstClause(undefined, undefined), undefined);
});

test('outcome rates and satisfaction targets', () => {
  assert.equal(
    outcomeRateSentence({ monthLabel: 'March 2024', rate: 0.2138, rollingMonths: 3 }),
    "In March 2024, the 3-month rolling average 'action taken' outcome rate was at 21.4%.",
  );
  assert.equal(
    outcomeRateSentence({
      monthLabel: 'March 2024',
      rate: 0.074,
      rollingMonths: 3,
      previous: { rate: 0.044, label: 'Q3 2023/24' },
    }),
    "In March 2024, the 3-month rolling average 'action taken' outcome rate was at 7.4%, up from 4.4% in Q3 2023/24.",
  );
  assert.equal(targetLine('Domestic Abuse', 0.752, 80), 'Domestic Abuse: 75% < Target 80%');
  assert.equal(targetLine('Burglary', 0.804, 80), 'Burglary: 80% = Target 80%');
  assert.equal(targetLine('Burglary', 0.856, 80), 'Burglary: 86% > Target 80%');
});

test('homicide counts are written in words, with the outlier rule and its verdict', () => {
  assert.equal(
    homicideSentences({
      yearLabel: '2023/24',
      count: 5,
      previousCount: 4,
      quarterLabel: 'Q4 2023/24',
      quarterCount: 0,
    }),
    'In 2023/24, there were five homicides recorded, an increase on the four recorded in the previous year. In Q4 2023/24, there were no homicides recorded.',
  );
  assert.equal(
    homicideSentences({ yearLabel: '2023/24', count: 1, previousCount: 12 }),
    'In 2023/24, there was one homicide recorded, a decrease on the 12 recorded in the previous year.',
  );
  const verdict = outlierSentences({
    forceName: 'Midshire Police',
    threshold: 5,
    latestLabel: 'the six months to March 2024',
    latest: 2,
    earlierLabel: 'the six months to March 2023',
    earlier: 3,
    verdict: 'not_outlier',
  });
  assert.match(verdict, /equal to or greater than five homicides \(negative outlier\)/);
  assert.match(
    verdict,
    /There were two homicides in the six months to March 2024 and three in the six months to March 2023\./,
  );
  assert.match(verdict, /Midshire Police is therefore not considered to be an 'outlier'\.$/);
});
