/**
 * The analysts' commentary of a period, commentary/<period>/<priority>.md (architecture.md writes the
 * folder '2023-24-Q4'; '2023-24-q4' is accepted too), and the measures of a measures result as the
 * commentary checker sees them (CheckableMeasure): their names, monthly counts, outcome rates and
 * satisfaction against target. `checkPeriodCommentary` runs the checker over every file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRIORITIES } from '../catalogue/measures/schema.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import type { MeasureJson, MeasuresResult } from '../measures/result.js';
import { financialQuarterOf, financialYearOf, type Month, type Period } from '../stats/calendar.js';
import { monthlySeries } from '../stats/series.js';
import {
  type CheckableMeasure,
  type CommentaryFinding,
  checkCommentary,
  type MeasureComparisons,
  reviewCommentary,
  type UncheckedClaim,
} from './commentary/checkCommentary.js';
import type { DistrictCounts } from './commentary/districtClaims.js';
import type { CommentaryFile } from './statement/types.js';

/** The output folder of a period: '2023-24-q4' for 'Q4 2023/24'. */
export function periodFolderName(period: Period): string {
  const start = financialYearOf(period.first);
  const year = `${start}-${String(start + 1).slice(2)}`;
  if (period.kind === 'quarter') return `${year}-q${financialQuarterOf(period.first)}`;
  if (period.kind === 'financial_year') return year;
  if (period.kind === 'year_to_date') return `${year}-to-${period.last}`;
  if (period.kind === 'range') return `${period.first}-to-${period.last}`;
  return period.kind === 'month' ? period.first : `12-months-to-${period.last}`;
}

/** The commentary folders looked for, preferred first: 'commentary/2023-24-Q4', then '...-q4'. */
export function commentaryFolderCandidates(commentaryRoot: string, period: Period): string[] {
  const lower = periodFolderName(period);
  const upper = lower.replace(/-q([1-4])$/, '-Q$1');
  return [...new Set([join(commentaryRoot, upper), join(commentaryRoot, lower)])];
}

export interface PeriodCommentary {
  /** The folder used (or the preferred one, when none exists). */
  readonly folder: string;
  readonly files: readonly CommentaryFile[];
  readonly problems: readonly Problem[];
}

/** The commentary files of a period; paths relative to `workspaceRoot`. */
export function readPeriodCommentary(
  commentaryRoot: string,
  period: Period,
  workspaceRoot: string,
): PeriodCommentary {
  const candidates = commentaryFolderCandidates(commentaryRoot, period);
  const folder = candidates.find((c) => existsSync(c) && statSync(c).isDirectory());
  const shown = (path: string) => relative(workspaceRoot, path) || path;
  if (!folder) {
    return {
      folder: shown(candidates[0]!),
      files: [],
      problems: [
        messages.statement.noCommentaryFolder(shown(candidates[0]!), shown(candidates[1] ?? candidates[0]!)),
      ],
    };
  }
  const known = new Set<string>([...PRIORITIES, 'overview']);
  const files: CommentaryFile[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
    const path = join(folder, name);
    const base = name.slice(0, -3);
    if (!known.has(base)) {
      problems.push(messages.statement.unknownCommentaryFile(shown(path), [...known]));
      continue;
    }
    files.push({ name: base, path: shown(path), text: readFileSync(path, 'utf8') });
  }
  return { folder: shown(folder), files, problems };
}

/** Other names analysts use for the built-in measures (the checker also knows each title). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  homicide: ['Homicides', 'Murder and homicide'],
  residential_burglary: ['Residential burglary', 'Burglary'],
  vehicle_offences: ['Vehicle offences', 'Vehicle Crime'],
  theft_from_the_person: ['Theft from Person'],
  knife_crime: ['Knife Crime', 'Knife or sharp instrument offences'],
  firearms_offences: ['Firearms', 'Firearms offences'],
  ocg_disruptions: ['OCG disruption', 'OCG disruptions'],
};

/** Names commentary may use that are not measures here, so a caption naming one is caught. */
export const OTHER_NAMES = [
  'Violence without Injury',
  'Stalking and harassment',
  'Serious Violence',
  'Sexual offences',
  'Criminal damage',
  'Shoplifting',
];

export function checkableMeasures(result: MeasuresResult): CheckableMeasure[] {
  const last = result.period.last;
  return result.measures
    .filter((m) => m.status === 'ok' && m.series && m.series.length > 0)
    .map((m) => {
      const measure = checkable(m, last);
      const comparisons = comparisonsOf(m, result.period);
      return comparisons ? { ...measure, comparisons } : measure;
    });
}

/** The statement period's 3-year average, forecast and peer figures of a measure, as the checker reads them. */
function comparisonsOf(m: MeasureJson, periodJson: MeasuresResult['period']): MeasureComparisons | undefined {
  const figures = m.figures;
  if (!figures) return undefined;
  const period = { ...periodJson };
  const average = figures.threeYearAverage;
  const latest = figures.latestMonth;
  const forecast = figures.forecast;
  const peers = figures.peers;
  const latestAverage = latest.status === 'ok' ? latest.threeYearAverage : undefined;
  return {
    period,
    ...(average.status === 'ok'
      ? { threeYearAverage: { value: average.value, verdict: average.verdict } }
      : {}),
    ...(latest.status === 'ok'
      ? {
          latestMonth: {
            month: latest.month,
            ...(latestAverage?.status === 'ok'
              ? { threeYearAverage: { value: latestAverage.value, verdict: latestAverage.verdict } }
              : {}),
          },
        }
      : {}),
    ...(forecast.status === 'ok' ? { forecast: { month: forecast.month, verdict: forecast.verdict } } : {}),
    ...(peers.status === 'ok'
      ? {
          peers: {
            periodLabel: peers.period,
            rank: peers.rank,
            of: peers.of,
            ratePer1000: peers.ratePer1000,
          },
        }
      : {}),
  };
}

function checkable(m: MeasureJson, last: Month): CheckableMeasure {
  const points = (m.series ?? []).filter((p) => p.month <= last && p.value !== null);
  const names = [m.title, ...(ALIASES[m.id] ?? [])];
  if (m.statistic === 'satisfaction_rate') {
    const label = cohortName(m.title);
    const target = m.figures?.target;
    return {
      id: m.id,
      names: [...names, `${label} victim satisfaction`, label],
      satisfaction: {
        rolling: (month) => points.find((p) => p.month === month)?.rolling ?? undefined,
        ...(target?.status === 'ok' ? { target: target.target } : {}),
      },
    };
  }
  if (m.figures?.kind === 'rate') {
    return {
      id: m.id,
      names,
      outcomeRate: (month, rolling) => {
        const p = points.find((q) => q.month === month);
        return (rolling ? p?.rolling : p?.value) ?? undefined;
      },
    };
  }
  return { id: m.id, names, counts: monthlySeries(points.map((p) => [p.month, p.value as number] as const)) };
}

/** The 'action taken' rate of a count measure answers for it in the checker (same section). */
export function withRates(measures: readonly CheckableMeasure[]): CheckableMeasure[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return measures
    .filter((m) => !m.id.endsWith('_action_taken') || !byId.has(m.id.replace(/_action_taken$/, '')))
    .map((m) => {
      const rate = byId.get(`${m.id}_action_taken`);
      return rate?.outcomeRate ? { ...m, outcomeRate: rate.outcomeRate } : m;
    });
}

/** "Victim satisfaction: domestic abuse" → "Domestic Abuse". */
function cohortName(title: string): string {
  const tail = title.includes(':') ? title.slice(title.indexOf(':') + 1) : title;
  return tail
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The measure a priority's file is about when a passage names none (homicide has only one). */
const DEFAULT_MEASURE: Readonly<Record<string, string>> = { homicide: 'homicide' };

/** Every finding of every commentary file of the period, in file then line order. */
export function checkPeriodCommentary(
  files: readonly CommentaryFile[],
  result: MeasuresResult,
  period: Period,
): CommentaryFinding[] {
  const context = { period, measures: withRates(checkableMeasures(result)), otherNames: OTHER_NAMES };
  return files.flatMap((f) => checkCommentary(f.path, f.text, context, DEFAULT_MEASURE[f.name]));
}

/** What the checker knows of the force's districts: each measure's counts per district, and the force area's name. */
export interface DistrictFacts {
  readonly byMeasure: ReadonlyMap<string, readonly DistrictCounts[]>;
  readonly forceArea: string;
}

/** The findings of every commentary file of the period, and the claims that could not be checked. */
export function reviewPeriodCommentary(
  files: readonly CommentaryFile[],
  result: MeasuresResult,
  period: Period,
  districts?: DistrictFacts,
): { findings: CommentaryFinding[]; unchecked: UncheckedClaim[] } {
  const measures = withRates(checkableMeasures(result)).map((m) => {
    const counts = districts?.byMeasure.get(m.id);
    return counts ? { ...m, districts: counts } : m;
  });
  const context = {
    period,
    measures,
    otherNames: OTHER_NAMES,
    ...(districts ? { forceArea: districts.forceArea } : {}),
  };
  const reviews = files.map((f) => reviewCommentary(f.path, f.text, context, DEFAULT_MEASURE[f.name]));
  return { findings: reviews.flatMap((r) => r.findings), unchecked: reviews.flatMap((r) => r.unchecked) };
}

/** A finding as a Problem: a warning, or an error under --strict. */
export function findingProblem(finding: CommentaryFinding, strict: boolean): Problem {
  const kind =
    finding.code === 'commentary.wrong-measure'
      ? 'measure'
      : finding.code === 'commentary.unknown-heading'
        ? 'heading'
        : finding.code === 'commentary.wrong-period'
          ? 'period'
          : 'figure';
  return messages.statement.commentaryMismatch(
    finding.file,
    finding.line,
    kind,
    finding.textSays,
    finding.dataSays,
    strict,
  );
}
