/**
 * One row of the Plan-progress table for a measure, from the measures result of the quarter and
 * nothing else: the quarter's figure, its change on the same quarter a year earlier (in counts when
 * they are small), the measure's one verdict (so a '+300%' on 1 to 4 is not read as news), the
 * 3-year average verdict, the target, and the open questions on the measure.
 */
import { link, text } from '../../document/build.js';
import type { Inline, TableCell } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { formatCount, formatOutcomeRate, formatSatisfactionRate } from '../../stats/rounding.js';

const DASH = '–';

/** Why a figure is missing, in a few words. */
function unavailableWords(figure: { status: string; missing?: readonly string[]; reason?: string }): string {
  if (figure.status === 'incomplete' && figure.missing?.length)
    return `Incomplete (${figure.missing.length} month${figure.missing.length === 1 ? '' : 's'} missing)`;
  if (figure.status === 'not_enough_history') return 'Not enough history';
  return 'Not available';
}

/** The measure's one verdict from the measures result; 'small numbers' where the counts are small. */
function realChange(m: MeasureJson): string {
  const v = m.verdict;
  if (!v) return DASH;
  return v.smallNumbers ? `${v.label}, small numbers` : v.label;
}

const AVERAGE_WORDS = { in_line: 'In line', above: 'Above', below: 'Below' } as const;

/**
 * The target and whether it is met, saying what was judged when that is not the figure in the
 * table: satisfaction is judged on its rolling rate (as the reference report does), so the cell
 * reads 'Met: 6-month rate 81% (target 80%)' beside a quarter of 79%, never a bare 'Met'.
 */
function target(m: MeasureJson): string {
  const f = m.figures;
  const t = f?.target;
  if (!f || t?.status !== 'ok') return DASH;
  const rate = f.kind === 'rate';
  const show = (value: number) =>
    rate
      ? m.statistic === 'satisfaction_rate'
        ? formatSatisfactionRate(value / 100)
        : formatOutcomeRate(value / 100)
      : formatCount(value);
  const goal = `target ${show(t.target)}`;
  if (t.met === null) return `${goal[0]?.toUpperCase()}${goal.slice(1)}`;
  const verdict = t.met ? 'Met' : 'Not met';
  const judged = t.target + t.gap;
  const onCurrent = f.current.status === 'ok' && Math.abs(f.current.value - judged) < 1e-9;
  const onRolling = f.rolling.status === 'ok' && Math.abs(f.rolling.value - judged) < 1e-9;
  if (onCurrent || !onRolling || f.rolling.status !== 'ok') return `${verdict} (${goal})`;
  return `${verdict}: ${f.rolling.months}-month rate ${show(judged)} (${goal})`;
}

export interface ProgressRowInput {
  readonly measure: MeasureJson;
  /** The open questions on the measure, and the anchor of the section that lists them. */
  readonly questionIds: readonly string[];
  readonly questionsAnchor: string | undefined;
}

/** The seven cells of a measure's row; `note` says why a figure is missing, for the table's notes. */
export function progressRow(input: ProgressRowInput): { cells: TableCell[]; note: string | undefined } {
  const { measure: m } = input;
  const questions: Inline[] =
    input.questionIds.length === 0
      ? [text(DASH)]
      : input.questionsAnchor === undefined
        ? [text(input.questionIds.join(', '))]
        : [link(input.questionIds.join(', '), `#${input.questionsAnchor}`)];
  const f = m.figures;
  if (m.status !== 'ok' || !f) {
    return {
      cells: [m.title, 'Not available', DASH, DASH, DASH, DASH, questions],
      note: m.statusText ?? m.externalReason,
    };
  }
  const current = f.current.status === 'ok' ? f.current.text : unavailableWords(f.current);
  const change = f.changeOnYearEarlier.status === 'ok' ? f.changeOnYearEarlier.text : DASH;
  const average = f.threeYearAverage.status === 'ok' ? AVERAGE_WORDS[f.threeYearAverage.verdict] : DASH;
  const note =
    f.current.status === 'ok' ? undefined : (f.current.reason ?? `${current} for ${m.title.toLowerCase()}`);
  return { cells: [m.title, current, change, realChange(m), average, target(m), questions], note };
}

/** The measure ids of an objective, its themes' measures after its own, each once. */
export function objectiveMeasureIds(objective: {
  readonly measures: readonly string[];
  readonly themes: readonly { readonly measures: readonly string[] }[];
}): string[] {
  return [...new Set([...objective.measures, ...objective.themes.flatMap((t) => t.measures)])];
}
