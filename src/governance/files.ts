/**
 * The files of a workspace's governance/ folder: which file holds which records under which top-level
 * key. Each list file is `<key>:` followed by a YAML list; plan.yaml is one mapping. A missing file
 * simply holds no records.
 */
import type { z } from 'zod';
import { activitySchema, decisionSchema } from './schemas/decision.js';
import { engagementSchema } from './schemas/engagement.js';
import { grantSchema } from './schemas/grant.js';
import { meetingSchema } from './schemas/meeting.js';
import { questionSchema } from './schemas/question.js';

export const LIST_FILES = {
  questions: { file: 'questions.yaml', schema: questionSchema },
  meetings: { file: 'meetings.yaml', schema: meetingSchema },
  engagement: { file: 'engagement.yaml', schema: engagementSchema },
  grants: { file: 'grants.yaml', schema: grantSchema },
  decisions: { file: 'decisions.yaml', schema: decisionSchema },
  activities: { file: 'activities.yaml', schema: activitySchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

export type ListKind = keyof typeof LIST_FILES;
export const LIST_KINDS = Object.keys(LIST_FILES) as ListKind[];

export const PLAN_FILE = 'plan.yaml';

/** Every governance file name, in the order they are checked. */
export const GOVERNANCE_FILES = [...LIST_KINDS.map((kind) => LIST_FILES[kind].file), PLAN_FILE];
