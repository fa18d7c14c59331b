import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  type CheckableMeasure,
  type CheckContext,
  checkCommentary,
} from '../../src/narrative/commentary/checkCommentary.js';
import { type Month, monthRange, parsePeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'commentary', 'reference-q4-2023-24');

/**
 * Monthly counts from April 2020 to March 2024 whose financial-year totals and pinned months are
 * the reference report's: the remaining months of each year share the rest of its total evenly.
 */
function series(years: Record<string, number>, pinned: Record<Month, number> = {}) {
  const values = new Map<Month, number>();
  for (const start of [2020, 2021, 2022, 2023]) {
    const label = `${start}/${String(start + 1).slice(2)}`;
    const months = monthRange(`${start}-04`, `${start + 1}-03`);
    const total = years[label] ?? 12 * 10;
    const free = months.filter((m) => pinned[m] === undefined);
    let rest = total - months.reduce((s, m) => s + (pinned[m] ?? 0), 0);
    free.forEach((m, i) => {
      const share = Math.round(rest / (free.length - i));
      values.set(m, share);
      rest -= share;
    });
    for (const m of months) if (pinned[m] !== undefined) values.set(m, pinned[m]);
  }
  return monthlySeries([...values]);
}

const rates =
  (byMonth: Record<Month, { inMonth: number; rolling: number }>) => (month: Month, rolling: boolean) =>
    rolling ? byMonth[month]?.rolling : byMonth[month]?.inMonth;

const measures: CheckableMeasure[] = [
  {
    id: 'homicide',
    names: ['Homicide', 'Homicides'],
    counts: series({ '2022/23': 4, '2023/24': 5 }, { '2024-01': 0, '2024-02': 0, '2024-03': 0 }),
  },
  {
    id: 'violence_with_injury',
    names: ['Violence with Injury'],
    counts: series({ '2022/23': 4714, '2023/24': 4855 }, { '2024-02': 360, '2024-03': 369 }),
    outcomeRate: rates({ '2024-03': { inMonth: 22.0, rolling: 21.4 } }),
  },
  {
    id: 'robbery_total',
    names: ['Robbery'],
    counts: series({ '2022/23': 330, '2023/24': 347 }, { '2024-02': 25, '2024-03': 40 }),
  },
  {
    id: 'knife_crime',
    names: ['Knife or sharp instrument offences', 'Knife Crime'],
    counts: series({}, { '2024-02': 22, '2024-03': 21 }),
  },
  {
    id: 'firearms_offences',
    names: ['Firearms offences', 'Firearms'],
    counts: series({ '2022/23': 53, '2023/24': 64 }, { '2024-01': 5, '2024-02': 6, '2024-03': 5 }),
  },
  {
    id: 'burglary_residential',
    names: ['Residential burglary', 'Burglary (Home)'],
    counts: series({ '2022/23': 1130, '2023/24': 1107 }, { '2024-02': 100, '2024-03': 94 }),
    outcomeRate: rates({ '2024-03': { inMonth: 8.1, rolling: 7.4 } }),
  },
  {
    id: 'vehicle_offences',
    names: ['Vehicle offences', 'Vehicle Crime'],
    counts: series({ '2022/23': 4700, '2023/24': 4090 }, { '2024-02': 292, '2024-03': 379 }),
    outcomeRate: rates({ '2024-03': { inMonth: 2.9, rolling: 1.9 } }),
  },
  {
    id: 'theft_from_person',
    names: ['Theft from the person', 'Theft from Person'],
    counts: series({ '2022/23': 258, '2023/24': 258 }, { '2024-02': 13, '2024-03': 9 }),
  },
  ...(
    [
      ['domestic_abuse', 'Domestic Abuse', 75.2, 80],
      ['vehicle_crime', 'Vehicle Crime', 63.6, 70],
      ['violence', 'Violence', 68.4, 75],
      ['burglary', 'Burglary', 74.5, 80],
      ['hate_crime', 'Hate Crime', 72.0, 80],
    ] as const
  ).map(([cohort, name, rate, target]) => ({
    id: `satisfaction_${cohort}`,
    names: [`${name} victim satisfaction`, name],
    satisfaction: { rolling: (month: Month) => (month === '2024-03' ? rate : undefined), target },
  })),
];

const context: CheckContext = {
  period: parsePeriod('Q4 2023/24'),
  measures,
  otherNames: ['Violence without Injury', 'Serious Violence'],
};

/** The 1-based line of the fixture file that contains `text`. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(join(FIXTURE, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

function check(file: string, defaultMeasure?: string) {
  return checkCommentary(file, readFileSync(join(FIXTURE, file), 'utf8'), context, defaultMeasure);
}

test('the reference report says Q3 2023/24 over a list of Q4 months: caught with the line', () => {
  const findings = check('overview.md');
  assert.equal(findings.length, 1);
  assert.deepEqual(
    { code: findings[0]?.code, line: findings[0]?.line, textSays: findings[0]?.textSays },
    {
      code: 'commentary.wrong-period',
      line: lineOf('overview.md', 'reports for Q3'),
      textSays: 'Q3 2023/24',
    },
  );
  assert.match(findings[0]?.dataSays ?? '', /January 2024.*are in Q4 2023\/24/);
});

test("serious violence: the 'Violence without Injury' caption and the firearms '+20%' are the only findings", () => {
  const findings = check('serious_violence.md');
  assert.deepEqual(
    findings.map((f) => [f.code, f.line, f.measureId, f.textSays, f.dataSays]),
    [
      [
        'commentary.wrong-measure',
        lineOf('serious_violence.md', 'Figure 2'),
        'violence_with_injury',
        "a caption naming 'Violence without Injury'",
        "this section is about 'Violence with Injury'",
      ],
      [
        'commentary.figure-mismatch',
        lineOf('serious_violence.md', '+20% (n=+11)'),
        'firearms_offences',
        'increased by +20% (n=+11) on the previous year',
        '+21% (53 in 2022/23 to 64 in 2023/24)',
      ],
    ],
  );
});

test('the correct sentences of the reference report pass: homicide, neighbourhood crime, satisfaction', () => {
  assert.deepEqual(check('homicide.md', 'homicide'), []);
  assert.deepEqual(check('neighbourhood_crime.md'), []);
  assert.deepEqual(check('victim_satisfaction.md'), []);
});

test('a figure that differs from the data is caught whatever kind of claim it is', () => {
  const cases: [string, string, RegExp][] = [
    [
      'In 2023/24, volumes (n=4,856) increased by +3% on the previous year.',
      'n=4,856',
      /n=4,855 in 2023\/24/,
    ],
    [
      'In March 2024, volumes (n=369) increased by +4% on the previous month.',
      '+4%',
      /\+2\.5% \(360 in February 2024 to 369/,
    ],
    ['In March 2024, volumes (n=369) decreased by -2.5% on the previous month.', '-2.5%', /\+2\.5%/],
    [
      "In March 2024, the 3-month rolling average 'action taken' outcome rate was at 22.0%.",
      '22.0%',
      /21\.4% in March 2024/,
    ],
  ];
  for (const [sentence, claimed, dataSays] of cases) {
    const findings = checkCommentary('c.md', `## Violence with Injury\n\n${sentence}\n`, context);
    assert.equal(findings.length, 1, sentence);
    assert.ok(findings[0]?.textSays.includes(claimed), `${findings[0]?.textSays} should quote ${claimed}`);
    assert.match(findings[0]?.dataSays ?? '', dataSays);
    assert.equal(findings[0]?.line, 3);
  }
});

test('satisfaction against target: a wrong rate or a wrong comparison is caught', () => {
  const text = 'In March 2024, the rolling 6-month levels were: -\n\n- Domestic Abuse: 82% > Target 80%\n';
  const findings = checkCommentary('s.md', text, context);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.line, 3);
  assert.equal(findings[0]?.dataSays, 'Domestic Abuse: 75% < Target 80%');
});

test('a period after the statement is flagged; earlier periods named in passing are not', () => {
  const text = 'A question raised in the Q2 2023/24 report was answered.\n\nIn Q1 2024/25, volumes rose.\n';
  const findings = checkCommentary('p.md', text, context);
  assert.deepEqual(
    findings.map((f) => [f.code, f.line, f.textSays]),
    [['commentary.wrong-period', 3, 'Q1 2024/25']],
  );
});
