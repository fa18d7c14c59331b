import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem } from '../../src/errors/problem.js';
import { DEFAULT_CHROMIUM, locateChromium, openChromium } from '../../src/report/render/pdf/chromium.js';

test('SCRUTINY_CHROMIUM wins over the default path', () => {
  const found = locateChromium(
    { SCRUTINY_CHROMIUM: '/opt/chrome/chrome' },
    (path) => path === '/opt/chrome/chrome',
  );
  assert.deepEqual(found, { path: '/opt/chrome/chrome' });
});

test('without Chromium the warning says how to install it and that the other formats were written', () => {
  const found = locateChromium({}, () => false);
  assert.ok('problem' in found);
  assert.equal(found.problem.code, 'report.chromium-missing');
  assert.equal(found.problem.severity, 'warning');
  const text = formatProblem(found.problem);
  assert.match(text, /apt-get install chromium/);
  assert.match(text, /SCRUTINY_CHROMIUM/);
  assert.match(text, /the other formats were/);
  assert.match(text, new RegExp(`found nothing at ${DEFAULT_CHROMIUM}`));
});

test('a SCRUTINY_CHROMIUM that names a missing file is reported against that setting', () => {
  const found = locateChromium({ SCRUTINY_CHROMIUM: '/nowhere/chromium' }, () => false);
  assert.ok('problem' in found);
  assert.equal(found.problem.code, 'report.chromium-env-missing');
  assert.equal(found.problem.field, 'SCRUTINY_CHROMIUM');
  assert.equal(found.problem.found, '"/nowhere/chromium"');
});

test('a program that is not Chromium fails to start with a warning, not a crash', async () => {
  const opened = await openChromium({ SCRUTINY_CHROMIUM: '/bin/false' });
  assert.ok('problem' in opened);
  assert.equal(opened.problem.code, 'report.chromium-failed');
  assert.match(opened.problem.message, /\/bin\/false/);
});
