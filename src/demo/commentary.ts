/**
 * Demo OPCC commentary for the demo's latest complete quarter, one Markdown file per priority in
 * commentary/<2023-24-Q4>/ (docs/architecture.md's layout), written as an analyst would: mostly
 * qualitative, with a few figures that agree with the generated data (the quarter's violence with
 * injury and residential burglary volumes against the same quarter a year earlier, and domestic
 * abuse satisfaction against its target), so `scrutiny check` passes on the demo and fails as soon
 * as an analyst types a wrong number. Figures are counted from the demo's own force extract files
 * and written with the project's one rounding rule.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMeasureCatalogue } from '../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../catalogue/measures/vocabulary.js';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import {
  addMonths,
  financialQuarterLabel,
  financialQuarterOf,
  financialYearOf,
  type Month,
  monthName,
} from '../stats/calendar.js';
import { formatCount, formatPercentChange, formatSatisfactionRate } from '../stats/rounding.js';
import { loadConfig } from '../workspace/loadConfig.js';
import type { WorkspacePaths } from '../workspace/paths.js';

export interface DemoCommentaryOptions {
  /** The last month of the demo data; the commentary is for the last quarter complete by then. */
  readonly endMonth: Month;
}

export interface DemoCommentary {
  /** The folder written, relative to the workspace root ('commentary/2023-24-Q4'). */
  readonly folder: string;
  readonly quarter: string;
  readonly files: readonly string[];
}

export function writeDemoCommentary(paths: WorkspacePaths, options: DemoCommentaryOptions): DemoCommentary {
  let last = options.endMonth;
  while (![3, 6, 9, 12].includes(Number(last.slice(5)))) last = addMonths(last, -1);
  const startYear = financialYearOf(last);
  const quarterNumber = financialQuarterOf(last);
  const quarter = financialQuarterLabel(startYear, quarterNumber);
  const earlierQuarter = financialQuarterLabel(startYear - 1, quarterNumber);
  const months = [addMonths(last, -2), addMonths(last, -1), last];
  const yearEarlier = months.map((m) => addMonths(m, -12));

  const config = loadConfig(paths.config);
  const catalogue = loadMeasureCatalogue({ vocabulary: referenceVocabulary(config.satisfaction.cohorts) });
  const codesOf = (id: string) =>
    new Set(catalogue.entries.find((e) => e.measure.id === id)?.measure.selection.offence_codes ?? []);
  const extract = latestExtract(paths.data);
  const counts = countByMonth(join(extract, 'crimes.csv'));
  const quarterSentence = (id: string) => {
    const codes = codesOf(id);
    const sum = (ms: readonly Month[]) =>
      ms.reduce((t, m) => t + [...codes].reduce((s, c) => s + (counts.get(`${m}|${c}`) ?? 0), 0), 0);
    const now = sum(months);
    const before = sum(yearEarlier);
    const change =
      now === before
        ? `were unchanged on the same quarter last year (${earlierQuarter})`
        : `${now > before ? 'increased' : 'decreased'} by ${formatPercentChange((100 * (now - before)) / before)} on the same quarter last year`;
    return `In ${quarter}, volumes (n=${formatCount(now)}) ${change}.`;
  };
  const satisfaction = satisfactionLine(join(extract, 'satisfaction.csv'), last, config.satisfaction);

  const folderName = `${startYear}-${String(startYear + 1).slice(2)}-Q${quarterNumber}`;
  const folder = join(paths.commentary, folderName);
  mkdirSync(folder, { recursive: true });
  const monthList = `${monthName(months[0]!).split(' ')[0]}, ${monthName(months[1]!).split(' ')[0]} and ${monthName(last)}`;
  const texts: Record<string, string> = {
    'overview.md': `This statement has been prepared through scrutiny of the force's monthly performance reports for ${quarter} (${monthList}) and the discussion of them at the Governance and Performance Board.\n`,
    'homicide.md': `Homicide is allied to serious violence and is discussed with it. Each homicide investigation is reviewed with the force at the weekly holding-to-account meeting; investigations that are still live are not commented on here.\n`,
    'serious_violence.md': `## Violence with injury\n\n${quarterSentence('violence_with_injury')}\n\nThe Serious Violence Prevention Partnership has refreshed its strategic needs assessment, and the OPCC continues to oversee the Serious Violence Duty on behalf of the Home Office.\n\nThe OPCC will continue to scrutinise the 'action taken' outcome rate for violence at the Governance and Performance Board.\n`,
    'drugs_county_lines.md': `Given the complexity and sensitivity of organised crime group and county lines activity, which predominantly involves cross-border crime, further qualitative comment cannot be provided without context that is itself sensitive.\n\nThe Commissioner commissions drug and alcohol treatment services to break the link between substance misuse and offending.\n`,
    'neighbourhood_crime.md': `## Burglary (Home)\n\n${quarterSentence('residential_burglary')}\n\nThe Commissioner will continue to hold the Chief Constable to account for the 'action taken' outcome rate for burglary, which remains a high-harm offence of significant public concern.\n\n## Vehicle crime\n\nThe force's problem-solving plan for repeat thefts from vans is being monitored by the OPCC.\n`,
    'cyber_crime.md': `Cyber crime is reported by the force to its Proactive and Preventative Steering Group. Victims of cyber-enabled and cyber-dependent crime are supported by the victim service the Commissioner commissions.\n`,
    'victim_satisfaction.md': `${satisfaction ? `In ${monthName(last)}, the rolling ${config.satisfaction.rolling_months}-month 'whole experience' satisfaction of victims of domestic abuse was: -\n\n- ${satisfaction}\n\n` : ''}The OPCC works with partners on the Violence Against Women and Girls strategy, and will continue to monitor satisfaction for every group of victims.\n`,
  };
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text);
  return { folder: `commentary/${folderName}`, quarter, files: Object.keys(texts).sort() };
}

/** The newest force extract folder (their names sort by date). */
function latestExtract(dataDir: string): string {
  const folders = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((n) => /^force-extract-\d{4}-\d{2}-\d{2}$/.test(n))
        .sort()
    : [];
  const newest = folders[folders.length - 1];
  if (newest === undefined) throw new ScrutinyError(messages.statement.demoNoExtract(dataDir));
  return join(dataDir, newest);
}

/** Crimes by 'YYYY-MM|offence code', from the demo's own crimes.csv (plain CSV, no quoting). */
function countByMonth(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    const third = line.indexOf(',', second + 1);
    const key = `${line.slice(first + 1, first + 8)}|${line.slice(second + 1, third)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "Domestic Abuse: 86% > Target 80%" for the rolling months to `last`, when the survey covers them. */
function satisfactionLine(
  file: string,
  last: Month,
  settings: { readonly rolling_months: number; readonly targets: Readonly<Record<string, number>> },
): string | undefined {
  const target = settings.targets.domestic_abuse;
  if (target === undefined || !existsSync(file)) return undefined;
  const first = addMonths(last, -(settings.rolling_months - 1));
  let responses = 0;
  let satisfied = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [month = '', cohort, r, s] = line.split(',');
    if (cohort !== 'domestic_abuse' || month < first || month > last) continue;
    responses += Number(r);
    satisfied += Number(s);
  }
  if (responses === 0) return undefined;
  const shown = formatSatisfactionRate(satisfied / responses);
  const value = Number(shown.replace('%', ''));
  const relation = value < target ? '<' : value > target ? '>' : '=';
  return `Domestic Abuse: ${shown} ${relation} Target ${target}%`;
}
