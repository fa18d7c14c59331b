import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import { parseConfigText } from '../../src/workspace/loadConfig.js';
import { configTemplate } from '../../src/workspace/template.js';

const template = configTemplate({
  forceName: 'Shire Police',
  forceSlug: 'shire',
  area: 'Shire',
  population: 550000,
});
const withBaseline = (value: string) => template.replace(/^baseline: .*$/m, `baseline: ${value}`);

test('the baseline defaults to the year ending June 2019, in the template and when the setting is left out', () => {
  assert.deepEqual(parseConfigText(template, 'c.yaml').baseline, { from: '2018-07', to: '2019-06' });
  const without = template.replace(/^baseline: .*$/m, '');
  assert.deepEqual(parseConfigText(without, 'c.yaml').baseline, { from: '2018-07', to: '2019-06' });
});

test('a named year, a window of months or from/to each give their 12 months', () => {
  const read = (value: string) => parseConfigText(withBaseline(value), 'c.yaml').baseline;
  assert.deepEqual(read('calendar-2019'), { from: '2019-01', to: '2019-12' });
  assert.deepEqual(read('year-ending-march-2020'), { from: '2019-04', to: '2020-03' });
  assert.deepEqual(read('2018-04..2019-03'), { from: '2018-04', to: '2019-03' });
  assert.deepEqual(read('\n  from: 2019-02\n  to: 2020-01'), { from: '2019-02', to: '2020-01' });
});

for (const [value, found, months] of [
  ['2019-01..2019-06', '"2019-01..2019-06"', /6 months/],
  ['2019-04..2021-03', '"2019-04..2021-03"', /24 months/],
  ['2019', '2019', undefined],
  ['last-year', '"last-year"', undefined],
] as const)
  test(`a baseline that is not 12 months (${value}) is refused, naming the file, field and line`, () => {
    const text = withBaseline(value);
    const line = text.split('\n').findIndex((l) => l.startsWith('baseline:')) + 1;
    assert.throws(
      () => parseConfigText(text, 'ws/scrutiny.config.yaml'),
      (error: unknown) => {
        assert.ok(error instanceof ScrutinyError);
        const [p] = error.problems;
        assert.equal(p?.file, 'ws/scrutiny.config.yaml');
        assert.equal(p?.field, 'baseline');
        assert.equal(p?.line, line);
        assert.equal(p?.found, found);
        assert.match(p?.expected ?? '', /12-month window written YYYY-MM\.\.YYYY-MM/);
        if (months) assert.match(p?.expected ?? '', months);
        return true;
      },
    );
  });
