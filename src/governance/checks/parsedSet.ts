/** Everything the cross-record checks see: the valid records of every file, with their sites. */
import type { Located } from '../parseFiles.js';
import type { Activity, Decision, EngagementEvent, Grant, Meeting, Plan, Question } from '../records.js';

export interface ParsedSet {
  readonly questions: readonly Located<Question>[];
  readonly meetings: readonly Located<Meeting>[];
  readonly engagement: readonly Located<EngagementEvent>[];
  readonly grants: readonly Located<Grant>[];
  readonly decisions: readonly Located<Decision>[];
  readonly activities: readonly Located<Activity>[];
  readonly plan: Located<Plan> | undefined;
  /** File names as problems print them, for messages that point to another file. */
  readonly files: { readonly meetings: string; readonly plan: string };
}
