import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import { measureSettings } from '../../src/measures/settings.js';
import { STYLE_PRESETS } from '../../src/stats/numberStyle.js';
import { parseConfigText } from '../../src/workspace/loadConfig.js';
import { configTemplate } from '../../src/workspace/template.js';

const template = configTemplate({
  forceName: 'Shire Police',
  forceSlug: 'shire',
  area: 'Shire',
  population: 550000,
});

test('the commented template scrutiny init writes is a valid configuration with the documented defaults', () => {
  const config = parseConfigText(template, 'scrutiny.config.yaml');
  assert.equal(config.force.slug, 'shire');
  assert.deepEqual(config.outcomes.action_taken, [1, 2, 3, 4, 6, 7, 8]);
  assert.equal(config.satisfaction.targets.domestic_abuse, 80);
  assert.equal(config.statistics.spc_baseline_points, 12);
});

test('an invalid setting names the file, the line and the dotted path, with expected and found', () => {
  const broken = template.replace('rate_basis: assigned_in_period', 'rate_basis: per_fortnight');
  const line = broken.split('\n').findIndex((l) => l.includes('per_fortnight')) + 1;
  assert.throws(
    () => parseConfigText(broken, 'ws/scrutiny.config.yaml'),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      const [p] = error.problems;
      assert.equal(p?.file, 'ws/scrutiny.config.yaml');
      assert.equal(p?.field, 'outcomes.rate_basis');
      assert.equal(p?.line, line);
      assert.equal(p?.found, '"per_fortnight"');
      assert.match(p?.expected ?? '', /assigned_in_period/);
      return true;
    },
  );
});

test('YAML that does not parse is reported with its line', () => {
  assert.throws(
    () => parseConfigText('force:\n  name: ok\n  slug: [unclosed\n', 'c.yaml'),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      assert.equal(error.problems[0]?.code, 'workspace.config-unparsable');
      assert.equal(error.problems[0]?.file, 'c.yaml');
      assert.ok((error.problems[0]?.line ?? 0) >= 3, `line ${error.problems[0]?.line}`);
      return true;
    },
  );
});

test('style: the house preset by default; a preset with rules replaced one by one; a bad rule is an error', () => {
  const byDefault = measureSettings(parseConfigText(template, 'scrutiny.config.yaml')).style;
  assert.deepEqual(byDefault, STYLE_PRESETS.house);
  assert.equal(byDefault.percentDecimalsBelow10, 0);
  const oneDecimal = template.replace('preset: house', 'preset: one_decimal');
  assert.equal(measureSettings(parseConfigText(oneDecimal, 'c.yaml')).style.percentDecimalsBelow10, 1);
  const mixed = template
    .replace('# n_equals: true', 'n_equals: false')
    .replace('# direction_words: increased_decreased', 'direction_words: rose_fell');
  const style = measureSettings(parseConfigText(mixed, 'c.yaml')).style;
  assert.deepEqual(style, { ...STYLE_PRESETS.house, nEquals: false, directionWords: 'rose_fell' });
  const bad = template.replace('# percent_decimals_below_10: 0', 'percent_decimals_below_10: 2');
  assert.throws(
    () => parseConfigText(bad, 'c.yaml'),
    (error: unknown) =>
      error instanceof ScrutinyError && error.problems[0]?.field === 'style.percent_decimals_below_10',
  );
});
