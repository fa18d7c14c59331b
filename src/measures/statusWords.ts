/**
 * Why a measure has no figure, in the words a public reader (and the Panel) can take: never a
 * measure id, a table name or a force slug. The CLI still prints the exact internal problem
 * (errors/messages/measures.ts); the statement, the site, the board pack and the Panel report print
 * these words (`statusText` of the measures result).
 */
import { monthName } from '../stats/calendar.js';

/** What each dataset is, for a reader. */
const DATA_WORDS: Readonly<Record<string, string>> = {
  force_crimes: "the force's record-level crime data",
  force_satisfaction: "the force's victim satisfaction survey results",
  force_ocg_disruptions: "the force's records of organised crime group disruptions",
  ho_recorded_crime: "the Home Office's published recorded crime tables",
  ho_outcomes: "the Home Office's published crime outcomes tables",
  police_uk_street: 'the data.police.uk street-level crime files',
  police_uk_outcomes: 'the data.police.uk outcomes files',
  police_uk_stop_search: 'the data.police.uk stop and search files',
};

function dataWords(datasets: readonly string[]): string {
  const words = [...new Set(datasets.map((d) => DATA_WORDS[d] ?? 'the data it is counted from'))];
  return words.length <= 1
    ? (words[0] ?? 'the data it is counted from')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Counted from the force's record-level crime data, which this office does not yet receive." */
export function notLoadedWords(datasets: readonly string[]): string {
  const fromForce = datasets.some((d) => d.startsWith('force_'));
  const published = fromForce
    ? ' The Office for National Statistics publishes recorded crime for every police force area.'
    : '';
  return `Counted from ${dataWords(datasets)}, which ${fromForce ? 'this office does not yet receive' : 'are not yet loaded'}.${published}`;
}

/** "The data loaded does not cover Q3 2025/26 (it runs from January 2025 to September 2025)." */
export function periodNotCoveredWords(periodLabel: string, months: readonly string[]): string {
  const held =
    months.length === 0
      ? 'it holds no months'
      : `it runs from ${monthName(months[0] ?? '')} to ${monthName(months.at(-1) ?? '')}`;
  return `The data loaded does not cover ${periodLabel} (${held}).`;
}

/** Home Office tables are quarterly: a period that is not whole quarters has no figure. */
export function quarterlyWords(periodLabel: string): string {
  return `Published quarterly by the Home Office: there are figures for quarters, financial years and the 12 months to a quarter's end, but not for ${periodLabel}.`;
}

/** "The Home Office's published quarterly table loaded does not cover Q3 2025/26 (it holds Q1 2017/18 to Q4 2017/18)." */
export function quartersNotCoveredWords(periodLabel: string, quarters: readonly string[]): string {
  const held =
    quarters.length === 0 ? 'it holds no quarters' : `it holds ${quarters[0]} to ${quarters.at(-1)}`;
  return `The Home Office's published quarterly table loaded does not cover ${periodLabel} (${held}).`;
}
