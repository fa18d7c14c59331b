/**
 * The commentary checker (`scrutiny check`): every number, percentage, n=, period and measure name
 * in the analysts' commentary is compared with the computed figures, and each mismatch is listed
 * with file:line, what the text says and what the data say.
 *
 * What is checked, sentence by sentence, within the measure section the sentence sits in (a heading
 * or a short label naming one measure) and the period its paragraph opens with ("In 2023/24, ..."):
 * - counts: "(n=4,855)", "there were five homicides recorded";
 * - percentage changes and their direction: "increased by +3% on the previous year" holds when the
 *   data's change rounds to 3 at the precision written (so '+20%' for a change of 20.75% is wrong);
 * - count changes "(n=+11)" and earlier counts "an increase on the four recorded in the previous year";
 * - outcome rates "the 3-month rolling average 'action taken' outcome rate was at 21.4%";
 * - satisfaction lines "Domestic Abuse: 75% < Target 80%";
 * - figure captions naming a measure other than the section's;
 * - periods: a period after the statement's, and a quarter named beside months that are not in it;
 * - against the 3-year average (its direction and value), against the forecast, the peer rank and
 *   rate per 1,000, and counts of a measure's parts ("5 x major", "120 children safeguarded");
 * - district claims: "driven by an increase in North Warwickshire" (districtClaims.ts);
 * - a heading that looks like a measure's name but names none: its figures could not be checked.
 * A claim that cannot be judged (no measure in its section, no period, no such figure) is listed as
 * not checked (`reviewCommentary`), never passed as agreeing with the data.
 */

import type { Period } from '../../stats/calendar/period.js';
import { type Month, monthName } from '../../stats/calendar.js';
import { periodChange, periodVolume } from '../../stats/change.js';
import { formatCount, formatCountChange, formatPercentChange } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import { type Claim, claimsOf, openingPeriod } from './claims.js';
import { comparisonClaimsOf } from './comparisonClaims.js';
import { type DistrictCounts, districtClaimsOf, judgeDistrictClaim } from './districtClaims.js';
import type { CommentaryFinding } from './finding.js';
import {
  type Judgement,
  judgeComparison,
  type MeasureComparisons,
  withinPrecision,
} from './judgeComparisons.js';
import { type Block, parseMarkdown, sentencesOf } from './markdown.js';
import { type NamedThing, namesIn, sectionMeasure } from './names.js';
import { periodFindings } from './periodChecks.js';
import { measuresLike, unknownHeading } from './unknownHeading.js';

export type { CommentaryFinding } from './finding.js';
export type { MeasureComparisons } from './judgeComparisons.js';

/** A claim the checker read but could not judge, and why. */
export interface UncheckedClaim {
  readonly file: string;
  readonly line: number;
  readonly words: string;
  readonly why: string;
}

export interface CommentaryReview {
  readonly findings: CommentaryFinding[];
  readonly unchecked: UncheckedClaim[];
}

/** What the checker knows of a measure: its names and the figures claims are compared with. */
export interface CheckableMeasure {
  readonly id: string;
  /** Title first, then other names the text may use. */
  readonly names: readonly string[];
  /** Monthly counts, when the measure is a count. */
  readonly counts?: MonthlySeries;
  /** The outcome rate in percent at a month, rolling or in-month; undefined when not computable. */
  readonly outcomeRate?: (month: Month, rolling: boolean) => number | undefined;
  /** Rolling satisfaction in percent at a month, and its target. */
  readonly satisfaction?: {
    readonly rolling: (month: Month) => number | undefined;
    readonly target?: number;
  };
  /** The statement period's 3-year average, forecast and peer figures. */
  readonly comparisons?: MeasureComparisons;
  /** Monthly counts per district, for claims like "driven by an increase in Rugby". */
  readonly districts?: readonly DistrictCounts[];
}

export interface CheckContext {
  readonly period: Period;
  readonly measures: readonly CheckableMeasure[];
  /** Other names a text may use that are not measures here (e.g. 'Violence without Injury'). */
  readonly otherNames?: readonly string[];
  /** The force area's name: "north Warwickshire" is then the area 'North' of its districts. */
  readonly forceArea?: string;
}

/**
 * Check one commentary file. `defaultMeasureId` is the measure a file's unlabelled sections are
 * about (the homicide file has no sub-headings: its figures are homicide's).
 */
export function checkCommentary(
  file: string,
  source: string,
  context: CheckContext,
  defaultMeasureId?: string,
): CommentaryFinding[] {
  return reviewCommentary(file, source, context, defaultMeasureId).findings;
}

/** The findings of one file, and the claims in it that could not be checked. */
export function reviewCommentary(
  file: string,
  source: string,
  context: CheckContext,
  defaultMeasureId?: string,
): CommentaryReview {
  const names: NamedThing[] = [
    ...context.measures.flatMap((m) => m.names.map((name) => ({ name, measureId: m.id }))),
    ...(context.otherNames ?? []).map((name) => ({ name, measureId: undefined })),
  ];
  const byId = new Map(context.measures.map((m) => [m.id, m]));
  const blocks = parseMarkdown(source);
  const findings: CommentaryFinding[] = periodFindings(file, blocks, context.period);
  const fallback = defaultMeasureId === undefined ? undefined : byId.get(defaultMeasureId);
  let measure: CheckableMeasure | undefined = fallback;
  let period: Period | undefined;
  const unchecked: UncheckedClaim[] = [];
  // A heading like a measure's name that names none: reported once, at the first claim under it.
  let strayHeading: Block | undefined;

  for (const block of blocks) {
    const introduced =
      block.kind === 'caption' ? undefined : sectionMeasure(block.text, block.kind === 'heading', names);
    if (block.kind === 'heading') {
      measure = introduced ? byId.get(introduced) : fallback;
      strayHeading =
        introduced || fallback || measuresLike(block.text, names).length === 0 ? undefined : block;
      period = undefined;
      continue;
    }
    if (introduced) {
      measure = byId.get(introduced);
      strayHeading = undefined;
      period = undefined;
      continue;
    }
    if (block.kind === 'caption') {
      findings.push(...captionFindings(file, block, names, measure));
      continue;
    }
    for (const sentence of sentencesOf(block)) {
      period = openingPeriod(sentence.text) ?? period;
      const judged: { words: string; judgement: Judgement }[] = [
        ...claimsOf(sentence.text).map((claim) => ({
          words: claim.words,
          judgement: checkClaim(claim, measure, period, context.measures),
        })),
        ...comparisonClaimsOf(sentence.text).map((claim) => ({
          words: claim.words,
          judgement: judgeComparison(claim, measure, period ?? context.period, context.measures),
        })),
        ...districtClaimsOf(sentence.text).map((claim) => ({
          words: claim.words,
          judgement: measure
            ? judgeDistrictClaim(claim, measure.districts, period, context.forceArea)
            : { unchecked: 'no measure names this section' },
        })),
      ];
      if (judged.length > 0 && strayHeading) {
        findings.push(unknownHeading(file, strayHeading, names));
        strayHeading = undefined;
      }
      for (const { words, judgement } of judged) {
        if (judgement === undefined) continue;
        if ('unchecked' in judgement) {
          unchecked.push({ file, line: sentence.line, words, why: judgement.unchecked });
          continue;
        }
        findings.push({
          code: 'commentary.figure-mismatch',
          file,
          line: sentence.line,
          ...(measure ? { measureId: measure.id } : {}),
          textSays: words,
          dataSays: judgement.wrong,
        });
      }
    }
  }
  return { findings: findings.sort((a, b) => a.line - b.line), unchecked };
}

function captionFindings(
  file: string,
  block: Block,
  names: readonly NamedThing[],
  measure: CheckableMeasure | undefined,
): CommentaryFinding[] {
  if (!measure) return [];
  const mentioned = namesIn(block.text, names);
  const others = mentioned.filter((n) => n.measureId !== measure.id);
  if (others.length === 0 || mentioned.some((n) => n.measureId === measure.id)) return [];
  return [
    {
      code: 'commentary.wrong-measure',
      file,
      line: block.line,
      measureId: measure.id,
      textSays: `a caption naming ${others.map((o) => `'${o.name}'`).join(', ')}`,
      dataSays: `this section is about '${measure.names[0]}'`,
    },
  ];
}

/** What the data say when a claim does not hold, why it cannot be judged, or undefined when it holds. */
function checkClaim(
  claim: Claim,
  measure: CheckableMeasure | undefined,
  period: Period | undefined,
  all: readonly CheckableMeasure[],
): Judgement {
  const said = claimJudgement(claim, measure, period, all);
  return typeof said === 'string' ? { wrong: said } : said;
}

function claimJudgement(
  claim: Claim,
  measure: CheckableMeasure | undefined,
  period: Period | undefined,
  all: readonly CheckableMeasure[],
): string | Judgement {
  if (!period) return { unchecked: "no period opens the sentence or its paragraph ('In Q4 2023/24, ...')" };
  if (claim.kind === 'versus_target') {
    const named = all.find(
      (m) => m.satisfaction && m.names.some((n) => n.toLowerCase() === claim.name.toLowerCase()),
    );
    const rate = named?.satisfaction?.rolling(period.last);
    if (!named || rate === undefined) return { unchecked: `no satisfaction figure named '${claim.name}'` };
    const target = named.satisfaction?.target;
    const relation = target === undefined ? undefined : rate < target ? '<' : rate > target ? '>' : '=';
    const shown = rate.toFixed(claim.decimals);
    const rateWrong = !withinPrecision(claim.percent, rate, claim.decimals);
    const targetWrong = target !== undefined && (claim.target !== target || claim.relation !== relation);
    return rateWrong || targetWrong
      ? `${claim.name}: ${shown}% ${relation ?? '?'} Target ${target ?? 'none'}%`
      : undefined;
  }
  if (!measure) return { unchecked: 'no measure is named by the section it sits in' };
  if (claim.kind === 'rate') {
    const rate = measure.outcomeRate?.(period.last, claim.rolling);
    if (rate === undefined) return { unchecked: `no outcome rate for ${monthName(period.last)}` };
    if (withinPrecision(claim.percent, rate, claim.decimals)) return undefined;
    return `${rate.toFixed(Math.max(1, claim.decimals))}% in ${monthName(period.last)}`;
  }
  if (!measure.counts) return { unchecked: `'${measure.names[0]}' is not a count` };
  const counts = measure.counts;
  if (claim.kind === 'count') {
    const volume = periodVolume(counts, period);
    if (volume.status !== 'complete') return { unchecked: `the data do not cover ${period.label}` };
    if (volume.value === claim.value) return undefined;
    return `n=${formatCount(volume.value)} in ${period.label}`;
  }
  const change = periodChange(counts, period, claim.comparison);
  if (change.status !== 'complete')
    return { unchecked: `the data do not cover the comparison for ${period.label}` };
  const fromTo = `${formatCount(change.base)} in ${change.basePeriod.label} to ${formatCount(change.current)} in ${period.label}`;
  if (claim.kind === 'previous_count') {
    return change.base === claim.value
      ? undefined
      : `${formatCount(change.base)} in ${change.basePeriod.label}`;
  }
  if (claim.kind === 'count_change') {
    return change.difference === claim.value
      ? undefined
      : `n=${formatCountChange(change.difference)} (${fromTo})`;
  }
  if (change.percent === null) return `no percentage: ${fromTo}`;
  return withinPrecision(claim.percent, change.percent, claim.decimals)
    ? undefined
    : // Either style is read ('+5%', '+5.2%'); the truth is quoted to one decimal below 10%, the
      // finer of the two, so the reader sees how far off the claim is.
      `${formatPercentChange(change.percent, { decimalsBelow10: 1 })} (${fromTo})`;
}
