/**
 * Parity with NHSRplotthedots 0.2.2: every run of every reference case in ../shared/data/spc-reference
 * (the package's own output), every point field and every summary row, icons and warnings.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { computeSpc, type ImprovementDirection, ptdSpecialCauseLabel } from '../../src/stats/spc/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'data', 'spc-reference');
const skip = existsSync(dir) ? false : '../shared/data is absent (a user clone): real-data test not run';
const TOLERANCE = 1e-9;

interface ReferencePoint {
  x: string;
  y: number;
  rebase_group: number;
  mean: number;
  lpl: number;
  upl: number;
  outside_limits: boolean;
  relative_to_mean: number;
  close_to_limits: boolean;
  special_cause_type: string;
  special_cause_flag: boolean;
  point_type: string;
  short_group_warning: boolean;
  target: number | null;
}
interface ReferenceSummary {
  rebase_group: number;
  mean: number;
  lpl: number;
  upl: number;
  n: number;
  common_cause: number;
  special_cause_improvement: number;
  special_cause_concern: number;
  variation_type: string;
  assurance_type: string | null;
}
interface ReferenceRun {
  id: string;
  options: {
    improvement_direction: ImprovementDirection;
    screen_outliers: boolean;
    fix_after_n_points: number | null;
    rebase: string[] | null;
    target: number | null;
  };
  points: ReferencePoint[];
  summary: ReferenceSummary[];
  icons: { variation: string; assurance: string | null };
  warnings: string[];
}
interface ReferenceCase {
  name: string;
  input: { dates: string[]; values: number[] };
  runs: ReferenceRun[];
}

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= TOLERANCE, `${what}: expected ${expected}, got ${actual}`);
}

function checkRun(c: ReferenceCase, run: ReferenceRun): void {
  const o = run.options;
  const result = computeSpc(
    c.input.dates.map((date, i) => ({ date, value: c.input.values[i]! })),
    {
      improvementDirection: o.improvement_direction,
      screenOutliers: o.screen_outliers,
      fixAfterNPoints: o.fix_after_n_points,
      rebase: o.rebase ?? [],
      target: o.target,
      label: `${c.name}/${run.id}`,
    },
  );
  assert.equal(result.points.length, run.points.length);
  run.points.forEach((want, i) => {
    const got = result.points[i]!;
    const at = `${c.name}/${run.id} point ${i} (${want.x})`;
    assert.equal(got.date, want.x, at);
    assert.equal(got.value, want.y, at);
    assert.equal(got.rebaseGroup, want.rebase_group, `${at} rebase_group`);
    close(got.mean, want.mean, `${at} mean`);
    close(got.lpl, want.lpl, `${at} lpl`);
    close(got.upl, want.upl, `${at} upl`);
    assert.equal(got.outsideLimits, want.outside_limits, `${at} outside_limits`);
    assert.equal(got.relativeToMean, want.relative_to_mean, `${at} relative_to_mean`);
    assert.equal(got.closeToLimits, want.close_to_limits, `${at} close_to_limits`);
    assert.equal(
      ptdSpecialCauseLabel(got.specialCauseType),
      want.special_cause_type,
      `${at} special_cause_type`,
    );
    assert.equal(got.specialCauseFlag, want.special_cause_flag, `${at} special_cause_flag`);
    assert.equal(got.pointType, want.point_type, `${at} point_type`);
    assert.equal(got.shortGroupWarning, want.short_group_warning, `${at} short_group_warning`);
    assert.equal(got.target, want.target, `${at} target`);
  });
  assert.equal(result.groups.length, run.summary.length);
  run.summary.forEach((want, i) => {
    const got = result.groups[i]!;
    const at = `${c.name}/${run.id} summary ${i}`;
    assert.equal(got.rebaseGroup, want.rebase_group, at);
    close(got.mean, want.mean, `${at} mean`);
    close(got.lpl, want.lpl, `${at} lpl`);
    close(got.upl, want.upl, `${at} upl`);
    assert.equal(got.n, want.n, `${at} n`);
    assert.equal(got.commonCause, want.common_cause, `${at} common_cause`);
    assert.equal(got.specialCauseImprovement, want.special_cause_improvement, `${at} improvement`);
    assert.equal(got.specialCauseConcern, want.special_cause_concern, `${at} concern`);
    assert.equal(got.variationType, want.variation_type, `${at} variation_type`);
    assert.equal(got.assuranceType, want.assurance_type, `${at} assurance_type`);
  });
  assert.equal(result.variation ? `${result.variation.icon}.svg` : null, run.icons.variation);
  assert.equal(result.assurance ? `${result.assurance.icon}.svg` : null, run.icons.assurance);
  // The package raises one warning for any short group; we give one per short group.
  assert.equal(result.warnings.length > 0, run.warnings.length > 0, `${c.name}/${run.id} warnings`);
}

test('every reference case and run matches NHSRplotthedots 0.2.2 point for point', { skip }, () => {
  const cases = readCases();
  assert.ok(cases.length >= 6, `expected the six reference cases, found ${cases.length}`);
  let runs = 0;
  for (const c of cases) {
    for (const run of c.runs) {
      checkRun(c, run);
      runs++;
    }
  }
  // 54 runs in the six cases as shipped: a smaller number means a case went missing.
  assert.ok(runs >= 54, `expected every run to be checked, checked ${runs}`);
});

test('the reference cases hold the special-cause types and icons the parity test relies on', { skip }, () => {
  const types = new Set<string>();
  const icons = new Set<string>();
  for (const c of readCases()) {
    for (const run of c.runs) {
      for (const p of run.points) types.add(p.special_cause_type);
      icons.add(run.icons.variation);
      if (run.icons.assurance) icons.add(run.icons.assurance);
    }
  }
  // 'Below LCL' and '7 Points Below CL' are not in the cases: the mirrored test below and the
  // hand-worked tests in spc.test.ts cover them.
  const wantTypes = ['Common Cause', 'Above UCL', '7 Point Trend (Increasing)', '7 Point Trend (Decreasing)'];
  for (const t of [...wantTypes, '2 in 3 Above CL', '2 in 3 Below CL', '7 Points Above CL'])
    assert.ok(types.has(t), t);
  for (const i of ['common_cause.svg', 'improvement_high.svg', 'improvement_low.svg', 'concern_high.svg']) {
    assert.ok(icons.has(i), i);
  }
  for (const i of [
    'concern_low.svg',
    'neutral_high.svg',
    'neutral_low.svg',
    'pass.svg',
    'fail.svg',
    'inconsistent.svg',
  ]) {
    assert.ok(icons.has(i), i);
  }
});

const MIRROR: Record<string, string> = {
  'Common Cause': 'Common Cause',
  'Above UCL': 'Below LCL',
  '7 Point Trend (Increasing)': '7 Point Trend (Decreasing)',
  '7 Point Trend (Decreasing)': '7 Point Trend (Increasing)',
  '2 in 3 Above CL': '2 in 3 Below CL',
  '2 in 3 Below CL': '2 in 3 Above CL',
  '7 Points Above CL': '7 Points Below CL',
};
const OPPOSITE: Record<ImprovementDirection, ImprovementDirection> = {
  increase: 'decrease',
  decrease: 'increase',
  neutral: 'neutral',
};

test('each reference run turned upside down (values negated, direction reversed) gives the mirror image', {
  skip,
}, () => {
  for (const c of readCases()) {
    for (const run of c.runs) {
      const o = run.options;
      const result = computeSpc(
        c.input.dates.map((date, i) => ({ date, value: -c.input.values[i]! })),
        {
          improvementDirection: OPPOSITE[o.improvement_direction],
          screenOutliers: o.screen_outliers,
          fixAfterNPoints: o.fix_after_n_points,
          target: o.target === null ? null : -o.target,
        },
      );
      run.points.forEach((want, i) => {
        const got = result.points[i]!;
        const at = `${c.name}/${run.id} mirrored point ${i}`;
        close(got.mean, -want.mean, `${at} mean`);
        close(got.lpl, -want.upl, `${at} lpl`);
        assert.equal(got.relativeToMean, -want.relative_to_mean || 0, at);
        assert.equal(ptdSpecialCauseLabel(got.specialCauseType), MIRROR[want.special_cause_type], at);
        const neutralSwap = want.point_type
          .replace('_high', '_HIGH')
          .replace('_low', '_high')
          .replace('_HIGH', '_low');
        assert.equal(got.pointType, neutralSwap, at);
      });
      assert.equal(result.groups[0]!.assuranceType, run.summary[0]!.assurance_type);
    }
  }
});

function readCases(): ReferenceCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ReferenceCase);
}
