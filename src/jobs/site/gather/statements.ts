/**
 * The quarterly statements `scrutiny statement` has written, out/statements/<2023-24-q4>/, each with
 * statement.html and whichever of .pdf, .docx and .md exist. A statement is published on the site
 * only if it is OFFICIAL: one built with --classification official-sensitive (its marking, or a
 * measure in its figures.json that is not public) is left out with a warning, never published.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../../../errors/problem.js';
import type { MeasuresResult } from '../../../measures/result.js';
import { nowSensitiveIn, type PublicationFilter } from '../../../publication/index.js';
import type { SiteStatement } from '../../../site/model.js';
import {
  addMonths,
  financialQuarterFirstMonth,
  financialQuarterLabel,
  type QuarterNumber,
} from '../../../stats/calendar.js';

const FOLDER = /^(\d{4})-(\d{2})-q([1-4])$/;

export interface FoundStatements {
  readonly statements: readonly SiteStatement[];
  readonly problems: readonly Problem[];
}

/** The <main> element's content, or undefined when the file has none. */
export function mainContent(html: string): string | undefined {
  const start = /<main\b[^>]*>/i.exec(html);
  const end = html.lastIndexOf('</main>');
  if (!start || end < start.index) return undefined;
  return html.slice(start.index + start[0].length, end);
}

/**
 * The marking is what makes a statement OFFICIAL-SENSITIVE (renderHtml prints it at the top and the
 * bottom). figures.json is not the test: an OFFICIAL statement's figures.json may still list an
 * OFFICIAL-SENSITIVE measure with `public: false`, which is why the site republishes it filtered.
 */
function isSensitive(html: string): boolean {
  return /class="marking[^"]*"[^>]*>\s*OFFICIAL-SENSITIVE/i.test(html);
}

function updatedAt(figuresFile: string, htmlFile: string): string {
  if (existsSync(figuresFile)) {
    try {
      const generated = (JSON.parse(readFileSync(figuresFile, 'utf8')) as { generatedAt?: unknown })
        .generatedAt;
      if (typeof generated === 'string' && !Number.isNaN(Date.parse(generated))) return generated;
    } catch {
      // Fall back to the file's time.
    }
  }
  return statSync(htmlFile).mtime.toISOString();
}

/** A result as the site publishes it: filtered, and without the analyst's warnings (they may name anything). */
export function publicSiteResult(filter: PublicationFilter, result: MeasuresResult): MeasuresResult {
  return { ...filter.result(result), problems: [] };
}

/** What republishing needs: the catalogue's sensitive measures now, and the filter figures.json goes through. */
export interface Republishing {
  readonly sensitive: ReadonlyMap<string, string>;
  readonly filter: PublicationFilter;
}

function readFigures(file: string): { figures: unknown } | { error: string } {
  try {
    return { figures: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The statements, each checked before it is republished. An error (a statement showing a measure now
 * OFFICIAL-SENSITIVE, an unreadable figures.json) stops here: nothing of the site is written.
 */
export function findStatements(outDir: string, republishing?: Republishing): FoundStatements {
  const root = join(outDir, 'statements');
  const problems: Problem[] = [];
  const refused: Problem[] = [];
  const statements: SiteStatement[] = [];
  if (!existsSync(root)) return { statements, problems };
  for (const folder of readdirSync(root).sort()) {
    const match = FOLDER.exec(folder);
    const dir = join(root, folder);
    const html = join(dir, 'statement.html');
    if (!match || !existsSync(html)) continue;
    const text = readFileSync(html, 'utf8');
    const figures = join(dir, 'figures.json');
    if (isSensitive(text)) {
      problems.push(messages.site.sensitiveStatement(html));
      continue;
    }
    const main = mainContent(text);
    if (main === undefined) {
      problems.push(messages.site.unreadableStatement(html, 'no <main> element'));
      continue;
    }
    const startYear = Number(match[1]);
    const quarter = Number(match[3]) as QuarterNumber;
    const label = financialQuarterLabel(startYear, quarter);
    let publicFigures: string | undefined;
    if (republishing) {
      const read = existsSync(figures) ? readFigures(figures) : { figures: undefined };
      if ('error' in read) {
        refused.push(messages.site.unreadableFigures(figures, read.error));
        continue;
      }
      const shown = nowSensitiveIn({ figures: read.figures, html: main }, republishing.sensitive);
      if (shown.length > 0) {
        refused.push(
          messages.site.reclassifiedStatement(
            existsSync(figures) ? figures : html,
            label,
            shown.map((m) => `"${m.title}" (${m.id})`),
          ),
        );
        continue;
      }
      if (read.figures !== undefined)
        publicFigures = `${JSON.stringify(publicSiteResult(republishing.filter, read.figures as MeasuresResult), null, 1)}\n`;
    }
    const optional = (ext: string, name = 'statement') => {
      const file = join(dir, `${name}.${ext}`);
      return existsSync(file) ? { [ext]: file } : {};
    };
    statements.push({
      folder,
      label,
      lastMonth: addMonths(financialQuarterFirstMonth(startYear, quarter), 2),
      updatedAt: updatedAt(figures, html),
      files: { html, ...optional('pdf'), ...optional('docx'), ...optional('json', 'figures') },
      mainHtml: main,
      ...(publicFigures === undefined ? {} : { publicFigures }),
    });
  }
  if (refused.length > 0) throw new ScrutinyError(refused, ExitCode.dataError);
  statements.sort((a, b) => b.lastMonth.localeCompare(a.lastMonth));
  return { statements, problems };
}
