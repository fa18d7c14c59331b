/**
 * Fictional but realistic governance records for the demo workspace (docs/governance.md describes
 * the files): two years of Governance and Performance Boards with focus topics, weekly holding-to-
 * account meetings, quarterly Panel and audit committee meetings, scrutiny questions raised in the
 * quarterly OPCC Performance Scrutiny reports (some answered, some open, one closed), engagement,
 * grants, decisions, activities and a Police and Crime Plan whose objectives name catalogue measures.
 * Modelled on the shape of a real Panel report; every name, amount and event is invented. The
 * records are derived from endMonth alone, so the demo is the same on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { demoActivities, demoDecisions } from '../governance/demo/decisionsAndActivities.js';
import { demoEngagement, demoGrants } from '../governance/demo/engagementAndGrants.js';
import { demoMeetings } from '../governance/demo/meetings.js';
import { demoPlan } from '../governance/demo/plan.js';
import { demoQuestions } from '../governance/demo/questions.js';
import { addMonths, type Month, monthRange } from '../stats/calendar.js';

export interface DemoGovernanceOptions {
  /** The last month of the demo data ('YYYY-MM'); the records cover the 24 months up to it. */
  readonly endMonth: Month;
  /** The force area as printed (default 'Midshire'). */
  readonly area?: string;
  /** Six towns, largest first, for engagement events and hotspot patrol locations. */
  readonly towns?: readonly string[];
}

const DEFAULT_TOWNS = ['Midcaster', 'Northwold', 'Elmsworth', 'Hollinbury', 'Tennerdale', 'Brackenfield'];

const HEADERS: Record<string, string> = {
  'questions.yaml':
    'Scrutiny questions and recommendations put to the force. `scrutiny governance add|answer|close` edits this file.',
  'meetings.yaml':
    'Governance and Performance Boards (with focus topics), weekly holding-to-account meetings, Panel and audit committee meetings.',
  'engagement.yaml': 'Engagement events of the Commissioner, the Deputy and the office.',
  'grants.yaml': 'Grants received and awarded, and commissioned services.',
  'decisions.yaml': "The Commissioner's formal decisions, by standing agenda item.",
  'activities.yaml': 'Key activities of the office, by standing agenda item and Plan objective.',
  'plan.yaml': 'The Police and Crime Plan: objectives and the measures that show progress on each.',
};

/** The text of each demo governance file, by file name. */
export function demoGovernanceTexts(options: DemoGovernanceOptions): Record<string, string> {
  const area = options.area ?? 'Midshire';
  const towns = options.towns ?? DEFAULT_TOWNS;
  const { endMonth } = options;
  const months = monthRange(addMonths(endMonth, -23), endMonth);
  const contents: Record<string, unknown> = {
    'questions.yaml': { questions: demoQuestions(endMonth) },
    'meetings.yaml': { meetings: demoMeetings(months, endMonth) },
    'engagement.yaml': { engagement: demoEngagement(months, towns) },
    'grants.yaml': { grants: demoGrants(endMonth, area, towns) },
    'decisions.yaml': { decisions: demoDecisions(endMonth, area) },
    'activities.yaml': { activities: demoActivities(endMonth, area) },
    'plan.yaml': demoPlan(endMonth, area),
  };
  const texts: Record<string, string> = {};
  for (const [file, value] of Object.entries(contents)) {
    const header = `# ${HEADERS[file] ?? file}\n# Demo records for a fictional force: every name and event is invented.\n`;
    texts[file] = header + stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  }
  return texts;
}

/** Write the demo governance files into `dir` (a workspace's governance/ folder). */
export function writeDemoGovernance(dir: string, options: DemoGovernanceOptions): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(demoGovernanceTexts(options)))
    writeFileSync(join(dir, file), text);
}
