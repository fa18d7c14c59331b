/**
 * The load step of one ingest run, inside its transaction. Files whose loader can load many at once
 * (police.uk: one read_csv over a list of files) wait in a batch per dataset, bounded in bytes and
 * files, so a full archive never has more than one batch unpacked in the tmp folder; every other
 * file is loaded as soon as it is opened. Outcomes are kept by the file's place in the run, so the
 * summary lists files in the order they were found whatever order they were loaded in.
 */
import type { Dataset } from '../catalogue/formats.js';
import { insertCoverageOf, insertSources, nextSourceIds } from '../store/provenance.js';
import type { Store } from '../store/store.js';
import type { IngestEffects } from './ingest.js';
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
import type { LoadOptions } from './loader.js';

/** A batch is loaded once it holds this many bytes (of CSV text) ... */
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
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await this.flush(dataset);
  }

  /** Load whatever still waits; returns every file's outcome in the order the files were found. */
  async finishAll(): Promise<Outcome[]> {
    for (const dataset of [...this.batches.keys()]) await this.flush(dataset);
    return this.outcomes;
  }

  /** Remove the extracted copies of files still waiting (the run failed before loading them). */
  releaseAll(): void {
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
