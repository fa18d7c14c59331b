/**
 * Governance records (the workspace's governance/ folder): scrutiny questions, meetings, engagement,
 * grants, decisions, activities and the Police and Crime Plan; their loader and the queries the
 * statement, the Panel report and the board pack draw on. docs/governance.md describes the files.
 */
export { addQuestion, answerQuestion, closeQuestion, parseRaisedIn } from './edit/editQuestions.js';
export { GOVERNANCE_FILES, LIST_FILES, PLAN_FILE } from './files.js';
export { catalogueMeasureIds } from './knownMeasures.js';
export { checkGovernance, type GovernanceOptions, loadGovernance, parseGovernance } from './load.js';
export { parseReportingPeriod, type ReportingPeriod } from './periods.js';
export { type FocusTopicMonth, gpbFocusTopics } from './queries/focusTopics.js';
export { type CarriedQuestions, carriedQuestions, type MeasureQuestions } from './queries/openQuestions.js';
export {
  type QuestionFacts,
  questionAsRecorded,
  questionFacts,
  statusAsOf,
} from './queries/questionFacts.js';
export {
  type PanelWindow,
  recordsSincePreviousPanel,
  type StandingItemRecords,
} from './queries/sincePreviousPanel.js';
export type { GovernanceRecords } from './records.js';
export { MEETING_TYPE_NAMES } from './schemas/meeting.js';
export { QUESTION_STATUSES, type QuestionStatus } from './schemas/question.js';
export { STANDING_AGENDA_ITEMS, type StandingItemId } from './standingItems.js';
