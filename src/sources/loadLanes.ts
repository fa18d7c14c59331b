/**
 * The connections police.uk batches load on: up to two companions of the ingest's transaction
 * (`Store.companion`), each loading one batch at a time. A police.uk batch is read in one ordered
 * stream per statement (its rows are numbered), so one statement keeps one core busy; two lanes
 * keep both busy while the ingest's own connection writes `sources` and `coverage` without
 * waiting behind a load. Measured on a national year: see docs/performance.md.
 */
import type { Store } from '../store/store.js';

interface Lane {
  readonly store: Promise<Store>;
  busy: Promise<void>;
}

export class LoadLanes {
  private readonly lanes: Lane[] = [];

  constructor(
    private readonly tx: Store,
    private readonly size = 2,
  ) {}

  /**
   * Wait for a free lane (opening one while fewer than `size` are open), start `work` on it and
   * return without waiting for the work. A failure is reported by the next `start` or `idle`.
   */
  async start(work: (store: Store) => Promise<void>): Promise<void> {
    const lane = await this.free();
    lane.busy = lane.store.then(work);
    // Reported where the lane is next awaited; this only stops Node calling it unhandled.
    lane.busy.catch(() => {});
  }

  /** Every lane's work done; rejects with a failure if one failed. */
  async idle(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.busy));
  }

  /** Every lane's work finished, failed or not: no statement may outlive the transaction. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.lanes.map((lane) => lane.busy));
  }

  private async free(): Promise<Lane> {
    if (this.lanes.length < this.size) {
      const lane: Lane = { store: this.tx.companion(), busy: Promise.resolve() };
      this.lanes.push(lane);
      return lane;
    }
    return Promise.race(this.lanes.map((lane) => lane.busy.then(() => lane)));
  }
}
