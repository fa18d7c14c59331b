/**
 * The load step of one ingest run, inside its transaction. Files whose loader can load many at once
 * (police.uk: one read_csv over a list of files) wait in a batch per dataset, bounded in bytes and
 * files. While DuckDB loads one batch, the next is unpacked and hashed (zlib on the thread pool, the
 * hash on this thread), so at most two batches are ever unpacked in the tmp folder. Every other file
 * is loaded as soon as it is opened, after any batch still loading: statements stay in one order,
 * so the same files get the same source ids every time. Outcomes are kept by the file's place in
 * the run, so the summary lists files in the order they were found whatever order they were loaded in.
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
import type { IngestEffects } from './ingestTypes.js';
import type { LoadOptions } from './loader.js';

/**
 * A batch is loaded once it holds this many bytes (of CSV text) ... Measured on a national year
 * (bench:ingest): 64 MB batches nearly doubled the ingest's peak memory (1.9 GB against 1.0 GB) and
 * cost more CPU than 256 MB ones.
 */
const BATCH_BYTES = 256 * 1024 * 1024;
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
  /** The batch DuckDB is loading, if any. */
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly tx: Store,
    private readonly context: RecogniseContext,
    private readonly loadOptions: LoadOptions,
    private readonly effects: IngestEffects,
    private readonly files: number,
  ) {}

  async add(index: number, item: PendingFile): Promise<void> {
    this.effects.progress({ type: 'file', index, files: this.files, path: item.displayPath });
    const recognised = await recognise(item, this.context);
    if (isOutcome(recognised)) {
      this.finish(index, item, recognised);
      return;
    }
    if (!recognised.loader.loadBatch) {
      await this.loading;
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
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await this.startLoading(dataset);
  }

  /** Load whatever still waits; returns every file's outcome in the order the files were found. */
  async finishAll(): Promise<Outcome[]> {
    for (const dataset of [...this.batches.keys()]) await this.startLoading(dataset);
    await this.loading;
    return this.outcomes;
  }

  /** Wait for the batch loading now, then start loading this one without waiting for it. */
  private async startLoading(dataset: Dataset): Promise<void> {
    await this.loading;
    this.loading = this.flush(dataset);
    // A failure is reported where the promise is next awaited; this only stops Node calling it unhandled.
    this.loading.catch(() => {});
  }

  /**
   * After a failure: let the batch still loading finish (its statements must not outlive the
   * transaction, which the caller is about to roll back), and remove the extracted copies of files
   * still waiting.
   */
  async abandon(): Promise<void> {
    await this.loading.catch(() => {});
    for (const batch of this.batches.values()) for (const waiting of batch) waiting.item.release();
    this.batches.clear();
  }

  private async flush(dataset: Dataset): Promise<void> {
    const batch = this.batches.get(dataset) ?? [];
    this.batches.delete(dataset);
    if (batch.length === 0) return;
    const loader = batch[0]!.recognised.loader;
    const ids = await nextSourceIds(this.tx, batch.length);
    const files = batch.map((w, k) => ({ file: w.recognised.file, sourceId: ids[k]! }));
    const results = await loader.loadBatch!(this.tx, files, this.loadOptions);
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
