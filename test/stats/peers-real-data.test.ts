/**
 * Peer ranks on real data: 2025 police.uk street crime for Warwickshire and its five neighbouring
 * peers in ../shared/data, per 1,000 of the 2011 Census population. The expected counts, ranks and
 * gap were worked out separately (Python's csv module over the same archive), not by this code.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { comparePeers } from '../../src/stats/peers.js';
import { splitCsvLine as csvFields } from '../helpers/csvLine.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data');
const archive = path.join(dataDir, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
const skip = existsSync(archive) ? false : '../shared/data is absent (a user clone): real-data test not run';

const POPULATION_2011: Record<string, number> = {
  warwickshire: 545474,
  'west-mercia': 1222416,
  staffordshire: 1097497,
  leicestershire: 1017697,
  northamptonshire: 691952,
  derbyshire: 1018438,
};

/** Count of rows per force slug for each of `types`, over the whole archive. */
function countByForce(types: readonly string[]): Map<string, Map<string, number>> {
  const files = unzipSync(readFileSync(archive), { filter: (f) => f.name.endsWith('-street.csv') });
  const counts = new Map<string, Map<string, number>>();
  for (const [name, bytes] of Object.entries(files)) {
    const slug = path.basename(name).slice('2025-01-'.length, -'-street.csv'.length);
    const lines = strFromU8(bytes).split(/\r?\n/);
    const typeColumn = csvFields(lines[0]!).indexOf('Crime type');
    for (const line of lines.slice(1)) {
      // Only a line naming one of the types can be of that type: skip the full parse for the rest.
      if (!types.some((t) => line.includes(t))) continue;
      const type = csvFields(line)[typeColumn]!;
      if (!types.includes(type)) continue;
      const byForce = counts.get(type) ?? new Map<string, number>();
      byForce.set(slug, (byForce.get(slug) ?? 0) + 1);
      counts.set(type, byForce);
    }
  }
  return counts;
}

test('Warwickshire ranks 1st of 6 for vehicle crime and 3rd of 6 for burglary among its peers', {
  skip,
}, () => {
  const counts = countByForce(['Vehicle crime', 'Burglary']);
  const rank = (type: string, direction: 'up' | 'down') => {
    const byForce = counts.get(type)!;
    const area = (id: string) => ({ id, count: byForce.get(id) ?? 0, population: POPULATION_2011[id]! });
    const peers = Object.keys(POPULATION_2011).filter((id) => id !== 'warwickshire');
    return comparePeers(area('warwickshire'), peers.map(area), { direction });
  };

  const vehicle = rank('Vehicle crime', 'down');
  assert.deepEqual(
    vehicle.rows.map((r) => [r.id, r.count]),
    [
      ['warwickshire', 3460],
      ['leicestershire', 6104],
      ['northamptonshire', 3436],
      ['staffordshire', 4715],
      ['derbyshire', 3797],
      ['west-mercia', 3665],
    ],
  );
  assert.deepEqual([vehicle.rankText, vehicle.bestRankText], ['highest rate of 6', 'worst of 6']);
  // 6.3431 per 1,000 against a peer mean of 4.3972: 1.9459 higher, +44.25%.
  assert.ok(Math.abs(vehicle.force.ratePer1000 - 6.343107095846915) < 1e-9);
  assert.ok(Math.abs(vehicle.peerMean! - 4.397215399699557) < 1e-9);
  assert.ok(Math.abs(vehicle.gap!.percentage! - 44.25281727795988) < 1e-7);

  const burglary = rank('Burglary', 'down');
  assert.deepEqual(
    burglary.rows.map((r) => [r.id, r.count]),
    [
      ['leicestershire', 4512],
      ['northamptonshire', 2809],
      ['warwickshire', 2122],
      ['west-mercia', 4092],
      ['staffordshire', 3632],
      ['derbyshire', 3052],
    ],
  );
  assert.deepEqual([burglary.rankText, burglary.bestRankText], ['3rd highest rate of 6', '3rd worst of 6']);
});
