/**
 * The quarter's figures, computed once by the same code as `scrutiny statement` (prepareStatement)
 * and kept until the store changes (an analyst ingests new data), so the editor stays quick.
 */
import { statSync } from 'node:fs';
import {
  classificationOf,
  type PreparedStatement,
  prepareStatement,
} from '../../jobs/statement/prepareStatement.js';
import { parsePeriod } from '../../stats/calendar.js';
import { Store } from '../../store/store.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import type { WorkspacePaths } from '../../workspace/paths.js';

export class FiguresCache {
  readonly #prepared = new Map<string, { stamp: number; value: Promise<PreparedStatement> }>();

  constructor(
    private readonly workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig },
    private readonly clock: () => Date,
    private readonly version: string,
  ) {}

  /** The statement of `period` as the workspace files and the store give it (figures, questions, files). */
  prepared(period: string): Promise<PreparedStatement> {
    const stamp = statSync(this.workspace.paths.store, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const cached = this.#prepared.get(period);
    if (cached && cached.stamp === stamp) return cached.value;
    const value = this.#compute(period);
    this.#prepared.set(period, { stamp, value });
    value.catch(() => this.#prepared.delete(period));
    return value;
  }

  async #compute(period: string): Promise<PreparedStatement> {
    const store = await Store.open(this.workspace.paths.store, { readOnly: true, create: false });
    try {
      // The app is an entry point like the cli: the period from the request is parsed here, once.
      return await prepareStatement(store, this.workspace, {
        period: parsePeriod(period, '--period'),
        classification: classificationOf('official'),
        now: this.clock(),
        version: this.version,
        strict: false,
      });
    } finally {
      store.close();
    }
  }
}
