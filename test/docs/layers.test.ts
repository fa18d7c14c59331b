/**
 * docs/layers.md draws the folders of src/ as layers, left to right; .dependency-cruiser.cjs
 * enforces them. This test keeps the picture true: every layer the check knows is in the picture,
 * in the same order, and every folder of src/ is a layer.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');

/** The LAYERS list of the dependency-cruiser configuration, in order. */
function layersOfConfig(): string[] {
  const text = readFileSync(join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
  const list = /const LAYERS = \[([\s\S]*?)\];/.exec(text)?.[1] ?? '';
  return [...list.matchAll(/^\s*'([a-z]+)'/gm)].map((m) => m[1]!);
}

/** The layers in the picture (the fenced block of docs/layers.md), in order. */
function layersOfPicture(): string[] {
  const text = readFileSync(join(ROOT, 'docs', 'layers.md'), 'utf8');
  const picture = /```\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  return picture.split(/[→\s]+/).filter((w) => /^[a-z]+$/.test(w));
}

test('the configuration is read (the check cannot pass on an empty list)', () => {
  const layers = layersOfConfig();
  assert.ok(layers.includes('stats') && layers.includes('cli'), layers.join(', '));
  assert.equal(layers.at(-1), 'cli');
});

test('docs/layers.md lists every layer of the check, in the same order', () => {
  const picture = layersOfPicture();
  const positions = layersOfConfig().map((layer) => [layer, picture.indexOf(layer)] as const);
  assert.deepEqual(
    positions.filter(([, at]) => at < 0).map(([layer]) => layer),
    [],
    'layers missing from the picture',
  );
  const order = positions.map(([, at]) => at);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    'the picture orders the layers differently',
  );
});

test('every folder of src/ is in the picture', () => {
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const picture = new Set(layersOfPicture());
  assert.deepEqual(
    folders.filter((f) => !picture.has(f)),
    [],
  );
});
