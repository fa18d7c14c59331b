/**
 * Load a workspace's governance/ folder: parse every file, check every record on its own, then check
 * the records against each other and against the measure catalogue. Any problem at all is an error:
 * the Panel report is a statutory publication, so a half-valid set of records is never used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { checkDuplicateIds } from './checks/ids.js';
import type { ParsedSet } from './checks/parsedSet.js';
import { checkReferences } from './checks/references.js';
import { checkRecordRules } from './checks/rules.js';
import { GOVERNANCE_FILES, LIST_FILES, PLAN_FILE } from './files.js';
import { parseListFile, parsePlanFile } from './parseFiles.js';
import type { GovernanceRecords } from './records.js';

/** The text of each governance file by file name ('questions.yaml'); a missing file is absent. */
export type GovernanceTexts = Readonly<Partial<Record<string, string>>>;

export interface GovernanceOptions {
  /** Every measure id in the catalogue; a record naming any other id is an error. */
  readonly knownMeasures: ReadonlySet<string>;
}

export interface GovernanceCheck {
  readonly records: GovernanceRecords;
  readonly problems: readonly Problem[];
}

/**
 * Check the texts of a governance folder. `dir` is only used to name files in problems. The records
 * returned are the valid ones; they are complete only when `problems` is empty.
 */
export function checkGovernance(
  texts: GovernanceTexts,
  dir: string,
  options: GovernanceOptions,
): GovernanceCheck {
  const name = (file: string) => join(dir, file);
  const parse = <K extends keyof typeof LIST_FILES>(kind: K) =>
    parseListFile(kind, texts[LIST_FILES[kind].file], name(LIST_FILES[kind].file));
  const lists = {
    questions: parse('questions'),
    meetings: parse('meetings'),
    engagement: parse('engagement'),
    grants: parse('grants'),
    decisions: parse('decisions'),
    activities: parse('activities'),
  };
  const plan = parsePlanFile(texts[PLAN_FILE], name(PLAN_FILE));
  const set: ParsedSet = {
    questions: lists.questions.entries,
    meetings: lists.meetings.entries,
    engagement: lists.engagement.entries,
    grants: lists.grants.entries,
    decisions: lists.decisions.entries,
    activities: lists.activities.entries,
    plan: plan.plan,
    files: { meetings: name(LIST_FILES.meetings.file), plan: name(PLAN_FILE) },
  };
  const problems = [
    ...Object.values(lists).flatMap((l) => l.problems),
    ...plan.problems,
    ...checkDuplicateIds(set),
    ...checkReferences(set, options.knownMeasures),
    ...checkRecordRules(set),
  ];
  const values = <T>(entries: readonly { value: T }[]) => entries.map((e) => e.value);
  return {
    records: {
      questions: values(set.questions),
      meetings: values(set.meetings),
      engagement: values(set.engagement),
      grants: values(set.grants),
      decisions: values(set.decisions),
      activities: values(set.activities),
      plan: set.plan?.value,
    },
    problems: sortProblems(problems),
  };
}

/** Problems in file order, then line order, so the output reads top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const order = new Map(GOVERNANCE_FILES.map((f, i) => [f, i]));
  const rank = (p: Problem) => order.get((p.file ?? '').split(/[\\/]/).pop() ?? '') ?? 99;
  return [...problems].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

/** Valid records, or a ScrutinyError listing every problem. */
export function parseGovernance(
  texts: GovernanceTexts,
  dir: string,
  options: GovernanceOptions,
): GovernanceRecords {
  const { records, problems } = checkGovernance(texts, dir, options);
  if (problems.length > 0) throw new ScrutinyError(problems);
  return records;
}

/** Read the governance files present in `dir`. */
export function readGovernanceTexts(dir: string): GovernanceTexts {
  const texts: Record<string, string> = {};
  for (const file of GOVERNANCE_FILES) {
    const path = join(dir, file);
    if (existsSync(path)) texts[file] = readFileSync(path, 'utf8');
  }
  return texts;
}

/** Load and check the governance folder of a workspace (paths.governance). */
export function loadGovernance(dir: string, options: GovernanceOptions): GovernanceRecords {
  return parseGovernance(readGovernanceTexts(dir), dir, options);
}
