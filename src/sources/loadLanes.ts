/**
 * The connections police.uk batches load on: up to two companions of the ingest's transaction
 * (`Store.companion`), each loading one batch at a time. A police.uk batch is read in one ordered
 * stream per statement (its rows are numbered), so one statement keeps one core busy; two lanes
 * keep both busy while the ingest's own connection writes `sources` and `coverage` without
 * waiting behind a load. One more batch may wait, opened and hashed, for the first lane to come
 * free, so that two lanes finishing together both find work. Measured on a national year: see
 * docs/performance.md.
 */
import type { Store } from '../store/store.js';

export class LoadLanes {
  private readonly jobs = new Set<Promise<void>>();
  private readonly idleStores: Store[] = [];
  private readonly waiting: ((store: Store) => void)[] = [];
  private opened = 0;
  private failure: { readonly error: unknown } | undefined;

  constructor(
    private readonly tx: Store,
    private readonly size = 2,
  ) {}

  /**
   * Hand `work` to the lanes and return once it is loading or next in line, without waiting for it.
   * A failure is reported by the next `start` or `idle`; work not yet begun is then dropped.
   */
  async start(work: (store: Store) => Promise<void>): Promise<void> {
    while (this.jobs.size > this.size) await Promise.race(this.jobs);
    this.throwFailure();
    const job = this.run(work);
    this.jobs.add(job);
    void job.then(() => this.jobs.delete(job));
  }

  /** Every lane's work done; throws the first failure. */
  async idle(): Promise<void> {
    await Promise.all(this.jobs);
    this.throwFailure();
  }

  /** Every lane's work finished, failed or not: no statement may outlive the transaction. */
  async settle(): Promise<void> {
    await Promise.all(this.jobs);
  }

  /** Never rejects: a failure is kept for `start` and `idle`. */
  private async run(work: (store: Store) => Promise<void>): Promise<void> {
    let store: Store | undefined;
    try {
      store = await this.acquire();
      if (!this.failure) await work(store);
    } catch (error) {
      this.failure ??= { error };
    } finally {
      if (store) this.release(store);
    }
  }

  private async acquire(): Promise<Store> {
    const idle = this.idleStores.pop();
    if (idle) return idle;
    if (this.opened < this.size) {
      this.opened++;
      return this.tx.companion();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(store: Store): void {
    const next = this.waiting.shift();
    if (next) next(store);
    else this.idleStores.push(store);
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
