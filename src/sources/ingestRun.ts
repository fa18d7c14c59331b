/**
 * The load step of one ingest run, inside its transaction. Files whose loader can load many at once
 * (police.uk: one read_csv over a list of files) wait in a batch per dataset, bounded in bytes and
 * files. Batches load on two lanes at once (loadLanes.ts), one more waits ready for a lane, and the
 * next is unpacked and hashed meanwhile (zlib on the thread pool, the hash on this thread), so at
 * most four batches are ever unpacked in the tmp folder. The first batches are small, each bound
 * twice the last up to the most, so that loading starts soon after the run does; the last ones are
 * small again (`batchBound`). Source ids are given out when a batch starts, in the order the
 * batches fill, and every other file is loaded as soon as it is opened, once no batch is loading:
 * the same files get the same source ids every time. Outcomes are kept by the file's place in the
 * run, so the summary lists files in the order they were found whatever order they were loaded in.
 */
import type { Dataset } from '../catalogue/formats.js';
import { insertCoverageOf, insertSources, nextSourceIds } from '../store/provenance.js';
import type { Store } from '../store/store.js';
import type { PendingFile } from './ingestPrepare.js';
import {
  type Decided,
  decide,
  isOutcome,
  type Outcome,
  type RecogniseContext,
  type Recognised,
  recognise,
} from './ingestRecord.js';
import type { BatchBytes, IngestEffects } from './ingestTypes.js';
import type { LoadOptions } from './loader.js';
import { LoadLanes } from './loadLanes.js';

/**
 * A batch is loaded once it holds this many bytes (of CSV text) ... Measured on a national year
 * (bench:ingest): 64 MB batches nearly doubled the ingest's peak memory (1.9 GB against 1.0 GB) and
 * cost more CPU than 256 MB ones.
 */
/** The first batch's bound is `first`; each later batch's is twice the one before, up to `most`. */
const BATCH_BYTES: BatchBytes = { first: 16 * 1024 * 1024, most: 256 * 1024 * 1024 };
/** ... or this many files. */
const BATCH_FILES = 500;

interface Waiting {
  readonly index: number;
  readonly item: PendingFile;
  readonly recognised: Recognised;
}

export class IngestRun {
  private readonly outcomes: Outcome[] = [];
  private readonly batches = new Map<Dataset, Waiting[]>();
  private done = 0;
  private readonly lanes: LoadLanes;
  /** Batches started so far: the next batch's bound grows with it. */
  private started = 0;
  /** The bytes of the files not yet added, as expected before opening them. */
  private unseen: number;

  constructor(
    private readonly tx: Store,
    private readonly context: RecogniseContext,
    private readonly loadOptions: LoadOptions,
    private readonly effects: IngestEffects,
    private readonly files: number,
    private readonly batchBytes: BatchBytes = BATCH_BYTES,
    expectedBytes = 0,
  ) {
    this.lanes = new LoadLanes(tx);
    this.unseen = expectedBytes;
  }

  async add(index: number, item: PendingFile): Promise<void> {
    this.unseen -= item.expectedBytes;
    this.effects.progress({ type: 'file', index, files: this.files, path: item.displayPath });
    const recognised = await recognise(item, this.context);
    if (isOutcome(recognised)) {
      this.finish(index, item, recognised);
      return;
    }
    if (!recognised.loader.loadBatch) {
      await this.lanes.idle();
      const [sourceId] = await nextSourceIds(this.tx, 1);
      const result = await recognised.loader.load(this.tx, recognised.file, sourceId!, this.loadOptions);
      const decided = decide(recognised, sourceId!, result, this.loadOptions.skipBadRows);
      await this.write([decided]);
      this.finish(index, item, decided.outcome);
      return;
    }
    const dataset = recognised.loader.dataset;
    const batch = this.batches.get(dataset) ?? [];
    batch.push({ index, item, recognised });
    this.batches.set(dataset, batch);
    const bytes = batch.reduce((sum, w) => sum + w.recognised.file.sizeBytes, 0);
    if (bytes >= this.bound(this.unseen + bytes) || batch.length >= BATCH_FILES)
      await this.startLoading(dataset);
  }

  /** Load whatever still waits; returns every file's outcome in the order the files were found. */
  async finishAll(): Promise<Outcome[]> {
    for (const dataset of [...this.batches.keys()]) await this.startLoading(dataset);
    await this.lanes.idle();
    return this.outcomes;
  }

  /**
   * How many bytes the next batch may hold: twice the last bound from the first, up to the most,
   * and no more than a quarter of the bytes `left` to load, so that the last batches are small and
   * both lanes finish at about the same time rather than one waiting for the other's last big batch.
   */
  private bound(left: number): number {
    return batchBound(this.batchBytes, this.started, left);
  }

  /** Give the batch its source ids, then start loading it on the first free lane without waiting. */
  private async startLoading(dataset: Dataset): Promise<void> {
    const batch = this.batches.get(dataset) ?? [];
    this.batches.delete(dataset);
    if (batch.length === 0) return;
    this.started++;
    const ids = await nextSourceIds(this.tx, batch.length);
    await this.lanes.start((lane) => this.load(lane, batch, ids));
  }

  /**
   * After a failure: let the batch still loading finish (its statements must not outlive the
   * transaction, which the caller is about to roll back), and remove the extracted copies of files
   * still waiting.
   */
  async abandon(): Promise<void> {
    await this.lanes.settle();
    for (const batch of this.batches.values()) for (const waiting of batch) waiting.item.release();
    this.batches.clear();
  }

  /** Load a batch on a lane, then write its `sources` and `coverage` rows on the run's connection. */
  private async load(lane: Store, batch: readonly Waiting[], ids: readonly number[]): Promise<void> {
    const loader = batch[0]!.recognised.loader;
    const files = batch.map((w, k) => ({ file: w.recognised.file, sourceId: ids[k]! }));
    const results = await loader.loadBatch!(lane, files, this.loadOptions);
    const decided = batch.map((w, k) =>
      decide(w.recognised, ids[k]!, results[k]!, this.loadOptions.skipBadRows),
    );
    await this.write(decided);
    for (const [k, waiting] of batch.entries()) this.finish(waiting.index, waiting.item, decided[k]!.outcome);
  }

  /** The `sources` and `coverage` rows of the files kept. */
  private async write(decided: readonly Decided[]): Promise<void> {
    await insertSources(
      this.tx,
      decided.flatMap((d) => (d.source ? [d.source] : [])),
    );
    await insertCoverageOf(
      this.tx,
      decided.flatMap((d) => (d.coverage ? [d.coverage] : [])),
    );
  }

  private finish(index: number, item: PendingFile, outcome: Outcome): void {
    item.release();
    this.outcomes[index] = outcome;
    this.effects.progress({
      type: 'file-done',
      index: this.done++,
      files: this.files,
      report: outcome.report,
    });
  }
}

/** The bound of a batch after `started` others with `left` bytes to load (see IngestRun's `bound`). */
export function batchBound({ first, most }: BatchBytes, started: number, left: number): number {
  return Math.max(first, Math.min(most, first * 2 ** started, left / 4));
}
