import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import type { Table } from '../../src/document/model.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { targetLine } from '../../src/narrative/sentences/rates.js';
import type { ChartResult } from '../../src/report/charts/chartResult.js';
import { assuranceIconSvg, VARIATION_MEANINGS, variationIconSvg } from '../../src/report/charts/mdcIcons.js';
import { rateChart } from '../../src/report/charts/rateChart.js';
import { againstTarget, satisfactionChart } from '../../src/report/charts/satisfactionChart.js';
import { spcChart } from '../../src/report/charts/spcChart.js';
import { renumberIds } from '../../src/report/charts/svgTools.js';
import { volumesChart } from '../../src/report/charts/volumesChart.js';
import { ACTION_TAKEN, MONTHS, ROBBERY, VWI_AVERAGE, VWI_COUNTS } from './fixtures/sampleDocument.js';
import { assertGolden } from './helpers/golden.js';

const volumesInput = {
  measure: 'Violence with Injury',
  intervalPercent: 95,
  points: MONTHS.map((month, i) => ({
    month,
    count: VWI_COUNTS[i]!,
    threeYearAverage: VWI_AVERAGE[i]!,
    ...(i === 24 ? { forecast: { mean: 370, lower: 328, upper: 412 } } : {}),
  })),
};

const spcInput = {
  measure: 'Robbery offences',
  unit: 'count' as const,
  variation: 'concern-high' as const,
  assurance: 'hit-and-miss' as const,
  target: 30,
  points: MONTHS.map((month, i) => ({
    month,
    value: ROBBERY[i]!,
    mean: 28.2,
    lower: 17.9,
    upper: 38.5,
    ...(i === 24 ? { signal: 'concern' as const, rule: 'above the upper process limit' } : {}),
  })),
};

function wellFormed(svg: string): void {
  assert.equal(XMLValidator.validate(svg), true, 'the SVG is well-formed XML');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
}

function cell(table: Table, rowLabel: string, column: number): unknown {
  return table.rows.find((row) => row[0] === rowLabel)?.[column];
}

/** Every piece of text an SVG draws (each line of a multi-line label separately), entities decoded. */
function svgTexts(svg: string): string[] {
  const decode = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].flatMap((m) => {
    const inner = m[1]!;
    const lines = [...inner.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => t[1]!);
    return (lines.length > 0 ? lines : [inner]).map(decode);
  });
}

test('the volumes chart: well-formed, byte-identical on a second render, and its numbers in the data table', async () => {
  const first = await volumesChart(volumesInput);
  const second = await volumesChart(volumesInput);
  wellFormed(first.svg);
  assert.equal(first.svg, second.svg);
  const table = first.dataTable;
  assert.equal(table.rows.length, 25);
  assert.deepEqual(table.rows[24], ['Mar 2024', '369', '366.0', '370.0', '328.0', '412.0']);
  assert.equal(cell(table, 'Mar 2022', 1), '388');
  assert.equal(cell(table, 'Mar 2022', 3), '–', 'a month without a forecast shows a dash, not zero');
  assert.equal(table.columns.filter((c) => c.numeric).length, 5);
  // Hand-worked from VWI_COUNTS: the lowest is 345 (January 2024) and the highest 441 (July 2023).
  assert.match(first.alt, /from March 2022 to March 2024 \(25 months\)/);
  assert.match(first.alt, /lowest month was January 2024 with 345 and the highest July 2023 with 441/);
  assert.match(
    first.alt,
    /In March 2024 there were 369, against a 3-year average of 366\.0 and a forecast of 370\.0 \(95% interval 328\.0 to 412\.0\)/,
  );
  const texts = svgTexts(first.svg);
  for (const label of [
    'Recorded',
    '3-year average',
    'Forecast',
    'Forecast 95% interval',
    'Offences recorded',
  ]) {
    assert.ok(texts.includes(label), `the chart shows '${label}'`);
  }
});

test('the volumes chart leaves out the layers a window has no data for, instead of failing', async () => {
  const recordedOnly = volumesInput.points.map((p) => ({ month: p.month, count: p.count }));
  const cases = [
    {
      name: 'no forecast, no 3-year average',
      points: recordedOnly,
      absent: ['3-year average', 'Forecast', 'Forecast 95% interval'],
    },
    {
      name: 'no forecast',
      points: volumesInput.points.map(({ forecast: _, ...p }) => p),
      absent: ['Forecast', 'Forecast 95% interval'],
    },
    {
      name: 'no 3-year average',
      points: volumesInput.points.map(({ threeYearAverage: _, ...p }) => p),
      absent: ['3-year average'],
    },
  ];
  for (const c of cases) {
    const result = await volumesChart({ ...volumesInput, points: c.points });
    wellFormed(result.svg);
    const texts = svgTexts(result.svg);
    assert.ok(texts.includes('Recorded'), `${c.name}: the recorded line is keyed`);
    for (const label of c.absent) assert.ok(!texts.includes(label), `${c.name}: no '${label}' in the legend`);
    assert.equal(result.dataTable.rows.length, 25);
  }
});

test('the volumes chart is drawn in the house fonts, never a font that may be missing', async () => {
  const { svg } = await volumesChart(volumesInput);
  const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
  assert.deepEqual([...families], ["'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"]);
});

test('the volumes chart refuses fewer than 12 months, months out of order, and non-numbers, naming the field', async () => {
  await assert.rejects(
    volumesChart({ ...volumesInput, points: volumesInput.points.slice(-11) }),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      assert.equal(error.problems[0]?.code, 'chart.too-few-points');
      assert.equal(error.problems[0]?.found, '11');
      return true;
    },
  );
  const swapped = [...volumesInput.points];
  [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
  const bad = swapped.map((p, i) =>
    i === 10 ? { ...p, count: Number.NaN } : i === 12 ? { ...p, month: '2023-3' } : p,
  );
  await assert.rejects(volumesChart({ ...volumesInput, points: bad }), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    assert.deepEqual(
      error.problems.map((p) => [p.code, p.field]),
      [
        ['chart.months-out-of-order', 'points[4].month'],
        ['chart.bad-month', 'points[12].month'],
        ['chart.bad-value', 'points[10].count'],
      ],
    );
    return true;
  });
});

test('the rate chart: its values, target and counts in the data table and the alt text', async () => {
  const result = await rateChart({
    measure: 'Violence with Injury',
    rateLabel: "3-month rolling 'action taken' outcome rate",
    targetPercent: 20,
    points: MONTHS.map((month, i) => ({
      month,
      percent: ACTION_TAKEN[i]!,
      ...(i === 24 ? { numerator: 79, denominator: 369 } : {}),
    })),
  });
  wellFormed(result.svg);
  assert.deepEqual(result.dataTable.header[0], [
    'Month',
    "3-month rolling 'action taken' outcome rate",
    'Outcomes',
    'Offences',
  ]);
  assert.deepEqual(result.dataTable.rows[24], ['Mar 2024', '21.4%', '79', '369']);
  assert.deepEqual(result.dataTable.rows[0], ['Mar 2022', '15.2%', '–', '–']);
  assert.match(
    result.alt,
    /lowest in March 2022 at 15\.2% and highest in March 2024 at 21\.4%; in March 2024 it was 21\.4%/,
  );
  assert.match(result.alt, /The target is 20\.0%\./);
  assert.ok(svgTexts(result.svg).includes('Target'));
});

test('the SPC chart marks special causes by shape as well as colour, and its icons carry words', async () => {
  const first = await spcChart(spcInput);
  const second = await spcChart(spcInput);
  wellFormed(first.svg);
  assert.equal(first.svg, second.svg);
  const texts = svgTexts(first.svg);
  for (const label of [
    'Variation',
    'Concern (higher)',
    'Assurance',
    'Hit and miss',
    'Mean',
    'Process limits',
    'Target',
  ]) {
    assert.ok(texts.includes(label), `the chart shows '${label}'`);
  }
  // The legend keys every category, each with its own symbol shape.
  for (const label of ['Common cause', 'Improvement', 'Concern', 'Special cause (neither)'])
    assert.ok(texts.includes(label));
  assert.deepEqual(first.dataTable.rows[24], [
    'Mar 2024',
    '40',
    '28.2',
    '17.9',
    '38.5',
    'Concern: above the upper process limit',
  ]);
  assert.deepEqual(first.dataTable.rows[23], ['Feb 2024', '25', '28.2', '17.9', '38.5', 'Common cause']);
  // Summarised, not listed point by point: the data table holds each month and its signal.
  assert.match(
    first.alt,
    /from March 2022 to March 2024 \(25 months\)\. Values ranged from 24 in July 2022 to 40 in March 2024\./,
  );
  assert.match(
    first.alt,
    /One point shows special cause variation \(1 concern\); the data table lists each month and its signal\./,
  );
  assert.match(first.alt, /Special cause variation: concern, values higher than expected\./);
  assert.match(first.alt, /sometimes be met and sometimes not/);
});

test('SPC signal points are drawn with a distinct shape per kind of signal', async () => {
  const withAll = {
    ...spcInput,
    points: spcInput.points.map((p, i) =>
      i === 5 ? { ...p, signal: 'improvement' as const } : i === 8 ? { ...p, signal: 'neither' as const } : p,
    ),
  };
  const { svg } = await spcChart(withAll);
  // Vega writes each point symbol as a path; diamonds, squares and triangles have different outlines.
  const pointPaths = [
    ...svg.matchAll(/<path transform="translate\([^)]+\)" d="([^"]+)" fill="(#[0-9a-f]{6})"/g),
  ];
  const fills = new Map<string, Set<string>>();
  for (const [, d, fill] of pointPaths) {
    const shape = d!.replace(/[\d.-]+/g, '#');
    if (!fills.has(fill!)) fills.set(fill!, new Set());
    fills.get(fill!)!.add(shape);
  }
  const improvement = fills.get('#005eb8');
  const concern = fills.get('#c65d00');
  const neither = fills.get('#6b2c91');
  assert.ok(improvement && concern && neither, 'each kind of signal is drawn in its colour');
  const shapes = [improvement, concern, neither].map((set) => [...set].sort().join('|'));
  assert.equal(new Set(shapes).size, 3, 'and each in its own shape');
});

test('the satisfaction chart says in words which groups are below target', async () => {
  const result = await satisfactionChart({
    rateLabel: "rolling 6-month 'whole experience' satisfaction",
    items: [
      { label: 'Domestic Abuse', percent: 75, targetPercent: 80 },
      { label: 'Burglary', percent: 85, targetPercent: 80 },
      { label: 'Vehicle Crime', percent: 70, targetPercent: 70 },
    ],
  });
  wellFormed(result.svg);
  const texts = svgTexts(result.svg);
  assert.ok(texts.includes('75%: below target 80%'));
  assert.ok(texts.includes('85%: above target 80%'));
  assert.ok(texts.includes('70%: meets target 70%'));
  assert.deepEqual(result.dataTable.rows, [
    ['Domestic Abuse', '75%', '80%', 'below target'],
    ['Burglary', '85%', '80%', 'above target'],
    ['Vehicle Crime', '70%', '70%', 'meets target'],
  ]);
  assert.match(result.alt, /1 of 3 groups are below target/);
});

test('the satisfaction chart judges the rate as printed, in whole per cents, as the text line does', async () => {
  const result = await satisfactionChart({
    rateLabel: "rolling 6-month 'whole experience' satisfaction",
    items: [
      // 79.6% is printed 80%: it meets an 80% target (compared at one decimal it was 'below').
      { label: 'Domestic Abuse', percent: 79.6, targetPercent: 80 },
      // 79.5% rounds half away from zero to 80%: meets.
      { label: 'Hate Crime', percent: 79.5, targetPercent: 80 },
      // 79.4% is printed 79%: below.
      { label: 'Burglary', percent: 79.4, targetPercent: 80 },
      // 80.4% is printed 80%: meets, not 'above'.
      { label: 'Vehicle Crime', percent: 80.4, targetPercent: 80 },
    ],
  });
  assert.deepEqual(
    result.dataTable.rows.map((row) => row[3]),
    ['meets target', 'meets target', 'below target', 'meets target'],
  );
  assert.ok(svgTexts(result.svg).includes('80%: meets target 80%'));
  assert.match(result.alt, /1 of 4 groups are below target/);
});

test("the satisfaction chart's verdict and the house-style target line follow one rule", () => {
  const relation = { below: '<', meets: '=', above: '>' } as const;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 0, max: 200 }),
      (thousandths, halfPercents) => {
        const percent = thousandths / 1000;
        const target = halfPercents / 2;
        const line = targetLine('Group', percent / 100, target);
        assert.ok(
          line.includes(` ${relation[againstTarget(percent, target)]} Target `),
          `${percent}% against ${target}%: the chart says ${againstTarget(percent, target)}, the text '${line}'`,
        );
      },
    ),
    { seed: 20240331, numRuns: 2000 },
  );
});

test('every Making Data Count icon has a title and, by default, its meaning written beside it', () => {
  for (const kind of Object.keys(VARIATION_MEANINGS) as (keyof typeof VARIATION_MEANINGS)[]) {
    const svg = variationIconSvg(kind);
    wellFormed(svg);
    assert.match(svg, /role="img"/);
    assert.ok(svg.includes(`<title>${VARIATION_MEANINGS[kind].long}</title>`));
    assert.ok(svgTexts(svg).includes(VARIATION_MEANINGS[kind].short));
  }
  const pass = assuranceIconSvg('pass');
  assert.ok(svgTexts(pass).includes('Consistently passing'));
  assert.ok(svgTexts(pass).includes('P'), 'the letter is drawn too');
  const bare = assuranceIconSvg('fail', { label: false });
  assert.ok(bare.includes('<title>Assurance: the process will consistently fail the target</title>'));
  assert.ok(!svgTexts(bare).includes('Consistently failing'));
});

test('ids are renumbered in order of appearance together with the references to them', () => {
  const svg =
    '<svg><defs><clipPath id="clip7"><rect/></clipPath><linearGradient id="g12"/></defs>' +
    '<g clip-path="url(#clip7)" fill="url(#g12)"><use href="#clip7"/></g></svg>';
  assert.equal(
    renumberIds(svg, 'fig-c'),
    '<svg><defs><clipPath id="fig-c1"><rect/></clipPath><linearGradient id="fig-c2"/></defs>' +
      '<g clip-path="url(#fig-c1)" fill="url(#fig-c2)"><use href="#fig-c1"/></g></svg>',
  );
});

test('chart SVGs match their golden files', async () => {
  const charts: [string, ChartResult][] = [
    ['charts/volumes.svg', await volumesChart(volumesInput)],
    ['charts/spc.svg', await spcChart(spcInput)],
  ];
  for (const [name, chart] of charts) assertGolden(name, chart.svg);
});
