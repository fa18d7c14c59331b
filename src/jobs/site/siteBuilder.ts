/**
 * `scrutiny site build` and every rebuild of `scrutiny site serve`, below the CLI:
 *   1. read the configuration (it may have changed since the last build);
 *   2. gather the model (gather/gatherSite.ts): figures from the store or the cache, statements,
 *      commentary, governance, all filtered to what is public;
 *   3. render every page and download (renderSite.ts), drawing only charts not drawn before;
 *   4. write what changed into out/site/ (writeSite.ts).
 * One SiteBuilder keeps the figures and the charts in memory between builds, which is what makes
 * a rebuild after a commentary edit take a fraction of a second.
 */
import { join } from 'node:path';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { ChartCache } from '../../site/charts/chartCache.js';
import type { SiteModel } from '../../site/model.js';
import { renderSite } from '../../site/renderSite.js';
import { type WriteSummary, writeSite } from '../../site/writeSite.js';
import type { Period } from '../../stats/calendar.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import { loadConfig } from '../../workspace/loadConfig.js';
import type { WorkspacePaths } from '../../workspace/paths.js';
import { cachedFigures, type FiguresOptions, figuresKey, type SiteFigures } from './gather/figuresCache.js';
import { gatherSite } from './gather/gatherSite.js';

export interface SiteBuildOptions {
  /** The quarter, parsed by the cli; the latest complete quarter of the data when absent. */
  readonly period?: Period;
  readonly version: string;
  /** The clock, read once per build (injected so tests and output can be fixed). */
  readonly now: () => Date;
  /** Keep drawn charts on disk between runs (default true). */
  readonly diskCache?: boolean;
}

export interface SiteBuild extends WriteSummary {
  readonly dir: string;
  readonly model: SiteModel;
  readonly pages: number;
  readonly files: number;
  readonly chartsDrawn: number;
  readonly milliseconds: number;
  readonly problems: readonly Problem[];
}

export function siteDir(paths: WorkspacePaths): string {
  return join(paths.out, 'site');
}

export class SiteBuilder {
  private readonly charts: ChartCache;
  private figures: { key: string; value: SiteFigures } | undefined;
  /** The text of every file the last build wrote, so an unchanged file is not read back. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly paths: WorkspacePaths,
    private readonly options: SiteBuildOptions,
  ) {
    const dir = options.diskCache === false ? undefined : join(paths.internal, 'cache', 'site', 'charts');
    this.charts = new ChartCache(dir, options.version);
  }

  /** The figures from memory when nothing they depend on changed, else from the cache or the store. */
  private readonly figuresFor = async (
    paths: WorkspacePaths,
    config: WorkspaceConfig,
    options: FiguresOptions,
  ): Promise<SiteFigures> => {
    const key = figuresKey(paths, options);
    if (this.figures?.key === key) return this.figures.value;
    const value = await cachedFigures(paths, config, options);
    this.figures = { key, value };
    return value;
  };

  async build(): Promise<SiteBuild> {
    const started = performance.now();
    const config = loadConfig(this.paths.config);
    const now = this.options.now();
    const drawnBefore = this.charts.drawn;
    const { model, problems } = await gatherSite(this.paths, config, {
      ...(this.options.period === undefined ? {} : { period: this.options.period }),
      now,
      version: this.options.version,
      figures: this.figuresFor,
    });
    const rendered = await renderSite(model, this.charts);
    this.charts.prune();
    const dir = siteDir(this.paths);
    const summary = writeSite(dir, rendered.files, this.written);
    const all = [...problems];
    if (model.statements.length === 0)
      all.push(messages.site.noStatement(join(this.paths.out, 'statements'), model.period.label));
    return {
      ...summary,
      dir,
      model,
      pages: rendered.pages.length,
      files: rendered.files.size,
      chartsDrawn: this.charts.drawn - drawnBefore,
      milliseconds: performance.now() - started,
      problems: all,
    };
  }
}
