/** The governance records of a workspace once loaded and checked. */
import type { Activity, Decision } from './schemas/decision.js';
import type { EngagementEvent } from './schemas/engagement.js';
import type { Grant } from './schemas/grant.js';
import type { Meeting } from './schemas/meeting.js';
import type { Plan } from './schemas/plan.js';
import type { Question } from './schemas/question.js';

export interface GovernanceRecords {
  readonly questions: readonly Question[];
  readonly meetings: readonly Meeting[];
  readonly engagement: readonly EngagementEvent[];
  readonly grants: readonly Grant[];
  readonly decisions: readonly Decision[];
  readonly activities: readonly Activity[];
  /** Undefined when the workspace has no plan.yaml yet. */
  readonly plan: Plan | undefined;
}

export const NO_RECORDS: GovernanceRecords = {
  questions: [],
  meetings: [],
  engagement: [],
  grants: [],
  decisions: [],
  activities: [],
  plan: undefined,
};

export type { Activity, Decision, EngagementEvent, Grant, Meeting, Plan, Question };
