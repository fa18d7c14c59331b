/**
 * The checks zod cannot make on one entry alone: that its source can give its statistic, that it
 * selects what that statistic needs, and that every offence code, police.uk category and cohort it
 * names exists. Offence codes come back normalised ('4/1' becomes '4.1').
 */
import type { Measure } from './schema.js';
import { STATISTIC_SOURCES } from './schema.js';

/** The words a measure may use, from the reference tables and the workspace configuration. */
export interface MeasureVocabulary {
  /** The canonical form of a Home Office offence code, or undefined when it is not a known code. */
  readonly normaliseOffenceCode: (text: string) => string | undefined;
  /** The police.uk 'Crime type' values, exactly as published. */
  readonly policeUkCategories: readonly string[];
  /** Satisfaction survey cohorts (the workspace's satisfaction.cohorts). */
  readonly cohorts: readonly string[];
}

export interface MeasureIssue {
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly found: string;
}

const list = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

export function checkMeasure(
  measure: Measure,
  vocabulary: MeasureVocabulary,
): { measure: Measure; issues: MeasureIssue[] } {
  const issues: MeasureIssue[] = [];
  const issue = (path: (string | number)[], expected: string, found: string) =>
    issues.push({ path, expected, found });
  const { source, statistic, selection } = measure;

  const sources = STATISTIC_SOURCES[statistic];
  if (!sources.includes(source))
    issue(['source'], `for statistic ${statistic}: ${list(sources)}`, JSON.stringify(source));

  // Offence codes: every one must be known; the normalised form is what SQL compares.
  let codes = selection.offence_codes;
  if (codes) {
    codes = codes.map((code, index) => {
      const canonical = vocabulary.normaliseOffenceCode(code);
      if (canonical === undefined)
        issue(
          ['selection', 'offence_codes', index],
          'a known Home Office offence code',
          JSON.stringify(code),
        );
      return canonical ?? code;
    });
  }
  checkCategories(selection.police_uk_categories, ['selection', 'police_uk_categories'], vocabulary, issue);
  checkCategories(measure.peers?.police_uk_categories, ['peers', 'police_uk_categories'], vocabulary, issue);

  const crimeCounting = statistic === 'count' || statistic === 'outcome_rate';
  if (crimeCounting && source === 'force_extract' && !codes && !selection.flags)
    issue(['selection', 'offence_codes'], 'offence_codes or flags (what to count)', 'nothing');
  if (crimeCounting && source === 'home_office') {
    if (!codes) issue(['selection', 'offence_codes'], 'offence codes (what to count)', 'nothing');
    if (selection.flags)
      issue(['selection', 'flags'], 'no flags: Home Office tables carry none', list(selection.flags));
  }
  if (source === 'police_uk') {
    if (!selection.police_uk_categories)
      issue(['selection', 'police_uk_categories'], 'police.uk categories (what to count)', 'nothing');
    if (codes)
      issue(['selection', 'offence_codes'], 'no offence codes: police.uk has categories', list(codes));
    if (selection.flags) issue(['selection', 'flags'], 'no flags: police.uk has none', list(selection.flags));
  }
  if (!crimeCounting && selection.police_uk_categories && source !== 'police_uk')
    issue(['selection', 'police_uk_categories'], `nothing for statistic ${statistic}`, 'categories');

  if (statistic === 'satisfaction_rate') {
    if (selection.cohort === undefined)
      issue(['selection', 'cohort'], `one of ${list(vocabulary.cohorts)}`, 'nothing');
  }
  if (selection.cohort !== undefined) {
    if (statistic !== 'satisfaction_rate')
      issue(
        ['selection', 'cohort'],
        'no cohort: only satisfaction_rate uses one',
        JSON.stringify(selection.cohort),
      );
    else if (!vocabulary.cohorts.includes(selection.cohort))
      issue(['selection', 'cohort'], `one of ${list(vocabulary.cohorts)}`, JSON.stringify(selection.cohort));
  }
  if (statistic === 'safeguarded_count' && selection.safeguarded === undefined)
    issue(['selection', 'safeguarded'], '"adults" or "children"', 'nothing');
  if (selection.ocg_levels && statistic !== 'disruption_count' && statistic !== 'safeguarded_count')
    issue(
      ['selection', 'ocg_levels'],
      'no OCG levels: only disruption and safeguarded counts use them',
      list(selection.ocg_levels),
    );
  if (statistic === 'external' && measure.external_reason === undefined)
    issue(['external_reason'], 'why the figure is not in force data', 'nothing');
  if (measure.with_and_without_exceptional && !(source === 'force_extract' && statistic === 'count'))
    issue(['with_and_without_exceptional'], 'false: only force extract counts carry the flag', 'true');

  if (measure.peers?.source === 'home_office' && !codes)
    issue(
      ['peers', 'source'],
      'offence codes in the selection (Home Office tables are by code)',
      '"home_office"',
    );
  if (
    measure.peers?.source === 'police_uk' &&
    !measure.peers.police_uk_categories &&
    !selection.police_uk_categories
  )
    issue(['peers', 'police_uk_categories'], 'the police.uk categories to compare', 'nothing');
  if (measure.peers && statistic !== 'count')
    issue(['peers'], 'no peers: peer ranks compare counts per 1,000 people', 'a peers block');

  if (measure.fallback.length > 0 && statistic !== 'count')
    issue(['fallback'], 'no fallback: published tables give counts only', 'a fallback list');
  const fallback = measure.fallback.map((f, at) => ({
    ...f,
    selection: {
      offence_codes: f.selection.offence_codes.map((code, index) => {
        const canonical = vocabulary.normaliseOffenceCode(code);
        if (canonical === undefined)
          issue(
            ['fallback', at, 'selection', 'offence_codes', index],
            'a known Home Office offence code',
            JSON.stringify(code),
          );
        return canonical ?? code;
      }),
    },
  }));

  const normalised: Measure = {
    ...measure,
    ...(codes ? { selection: { ...selection, offence_codes: codes } } : {}),
    fallback,
  };
  return { measure: normalised, issues };
}

function checkCategories(
  categories: readonly string[] | undefined,
  path: (string | number)[],
  vocabulary: MeasureVocabulary,
  issue: (path: (string | number)[], expected: string, found: string) => void,
): void {
  categories?.forEach((category, index) => {
    if (!vocabulary.policeUkCategories.includes(category))
      issue([...path, index], 'a police.uk crime type as published', JSON.stringify(category));
  });
}
