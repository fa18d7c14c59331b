/**
 * The whole site as files, from the model: every page (HTML), the stylesheet, the data downloads,
 * and the statements' own files (copied, not read into memory). Nothing here reads the workspace:
 * the model holds everything (gather/gatherSite.ts), already filtered to what is public.
 */
import type { Priority } from '../catalogue/measures/schema.js';
import type { ChartCache } from './charts/chartCache.js';
import { dataFiles } from './downloads/dataFiles.js';
import type { SiteModel } from './model.js';
import { siteContext } from './pages/context.js';
import { dataPage } from './pages/dataPage.js';
import { districtMeasurePage, districtPage, districtsIndexPage } from './pages/districtPages.js';
import { governancePage } from './pages/governancePage.js';
import { homePage } from './pages/homePage.js';
import { measurePage } from './pages/measurePage.js';
import { accessibilityPage, methodsPage } from './pages/methodsPage.js';
import { peersPage } from './pages/peersPage.js';
import { prioritiesIndexPage, priorityPage } from './pages/priorityPages.js';
import { archivePage, statementPage } from './pages/statementPages.js';
import { type Page, renderPage } from './render/layout.js';
import { sitePaths } from './render/links.js';
import { siteCss } from './render/siteCss.js';

/** A file of the site: its text, or a file to copy as it is. */
export type SiteFile = string | { readonly copyFrom: string };

export interface RenderedSite {
  readonly files: ReadonlyMap<string, SiteFile>;
  /** The HTML pages, by path (a subset of files). */
  readonly pages: readonly string[];
}

export async function renderSite(model: SiteModel, charts: ChartCache): Promise<RenderedSite> {
  const ctx = siteContext(model, charts);
  const pages: Page[] = [
    homePage(ctx),
    archivePage(ctx),
    ...model.statements.map((s) => statementPage(ctx, s)),
    prioritiesIndexPage(ctx),
    ...ctx.priorities.map((p: Priority) => priorityPage(ctx, p)),
    districtsIndexPage(ctx),
    peersPage(ctx),
    governancePage(ctx),
    dataPage(ctx),
    methodsPage(ctx),
    accessibilityPage(ctx),
  ];
  for (const measure of model.result.measures) pages.push(await measurePage(ctx, measure));
  if (ctx.districtMeasures.length > 0) {
    for (const district of model.districts) {
      pages.push(districtPage(ctx, district));
      for (const measure of ctx.districtMeasures)
        pages.push(await districtMeasurePage(ctx, measure, district));
    }
  }

  const files = new Map<string, SiteFile>();
  for (const page of pages) files.set(page.path, renderPage(model, page));
  files.set(sitePaths.stylesheet, siteCss());
  for (const [path, text] of dataFiles(ctx)) files.set(path, text);
  for (const s of model.statements) {
    if (s.files.pdf) files.set(sitePaths.statementFile(s.folder, 'pdf'), { copyFrom: s.files.pdf });
    if (s.files.docx) files.set(sitePaths.statementFile(s.folder, 'docx'), { copyFrom: s.files.docx });
    if (s.publicFigures !== undefined) files.set(sitePaths.statementFigures(s.folder), s.publicFigures);
  }
  return { files, pages: pages.map((p) => p.path) };
}
