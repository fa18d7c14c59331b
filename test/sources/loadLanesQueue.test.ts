/**
 * LoadLanes (src/sources/loadLanes.ts) keeps at most two loads running, one more waiting for a lane,
 * and reports a failure at the next start or idle, dropping the work not yet begun.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoadLanes } from '../../src/sources/loadLanes.js';
import type { Store } from '../../src/store/store.js';

/** A transaction whose companions are plain tokens: the lanes only hand them to the work. */
function fakeTransaction(): { tx: Store; opened: () => number } {
  let opened = 0;
  const tx = { companion: async () => ({ lane: ++opened }) } as unknown as Store;
  return { tx, opened: () => opened };
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((done) => (open = done));
  return { open, opened };
}

test('two loads run at once on two lanes, a third waits ready, a fourth waits to be handed over', async () => {
  const { tx, opened } = fakeTransaction();
  const lanes = new LoadLanes(tx);
  const gates = [gate(), gate(), gate(), gate()];
  const running: number[] = [];
  const ran: number[] = [];
  const work = (k: number) => async () => {
    running.push(k);
    await gates[k]!.opened;
    running.splice(running.indexOf(k), 1);
    ran.push(k);
  };
  await lanes.start(work(0));
  await lanes.start(work(1));
  await lanes.start(work(2));
  let fourthHandedOver = false;
  const fourth = lanes.start(work(3)).then(() => (fourthHandedOver = true));
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(running, [0, 1], 'two lanes');
  assert.equal(opened(), 2);
  assert.equal(fourthHandedOver, false, 'one waits ready; the next is not taken yet');
  gates[1]!.open();
  await fourth;
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(running, [0, 2], 'the waiting load took the free lane');
  for (const g of gates) g.open();
  await lanes.idle();
  assert.deepEqual(ran.sort(), [0, 1, 2, 3]);
  assert.equal(opened(), 2, 'never more than two companions');
});

test('a failure is reported at the next start, and work not yet begun is dropped', async () => {
  const { tx } = fakeTransaction();
  const lanes = new LoadLanes(tx);
  const slow = gate();
  const slowBegun = gate();
  const ran: string[] = [];
  await lanes.start(async () => {
    await slowBegun.opened;
    throw new Error('bad row in the second lane');
  });
  await lanes.start(async () => {
    slowBegun.open();
    await slow.opened;
    ran.push('slow');
  });
  await lanes.start(async () => {
    ran.push('queued');
  });
  await new Promise((done) => setImmediate(done));
  await assert.rejects(
    lanes.start(async () => {
      ran.push('late');
    }),
    /bad row in the second lane/,
  );
  slow.open();
  await lanes.settle();
  assert.deepEqual(ran, ['slow'], 'the load under way finishes; nothing else starts');
  await assert.rejects(lanes.idle(), /bad row in the second lane/);
});
