/**
 * Rules within one record that zod cannot see alone: dates in order and inside their period, a
 * status that matches what is recorded, a reason for a postponed meeting, location counts.
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { Located } from '../parseFiles.js';
import { parseReportingPeriod } from '../periods.js';
import type { Grant, Meeting, Question } from '../records.js';
import { STATUSES_NEEDING_RESPONSE } from '../schemas/question.js';
import type { ParsedSet } from './parsedSet.js';

function questionRules(q: Located<Question>): Problem[] {
  const problems: Problem[] = [];
  const site = (...rest: (string | number)[]) => q.parsed.site([...q.path, ...rest]);
  const { date, raised_in, response, status, follow_ups, closed } = q.value;
  const period = parseReportingPeriod(raised_in.period);
  // A report on a period is written during or after it, never before the period starts.
  if (period && date < period.from)
    problems.push(
      messages.governance.dateOutsidePeriod(
        site('date'),
        date,
        `the period it was raised for (${period.label})`,
        period.from,
      ),
    );
  const raisedWhat = `the question (raised ${date})`;
  if (response && response.date < date)
    problems.push(
      messages.governance.dateOutsidePeriod(site('response', 'date'), response.date, raisedWhat, date),
    );
  follow_ups.forEach((f, i) => {
    if (f.date < date)
      problems.push(
        messages.governance.dateOutsidePeriod(site('follow_ups', i, 'date'), f.date, raisedWhat, date),
      );
  });
  if (closed !== undefined && closed < date)
    problems.push(messages.governance.dateOutsidePeriod(site('closed'), closed, raisedWhat, date));
  if (STATUSES_NEEDING_RESPONSE.includes(status) && !response)
    problems.push(
      messages.governance.statusNeeds(site('status'), status, "a response (the force's answer and its date)"),
    );
  if (status === 'closed' && closed === undefined)
    problems.push(messages.governance.statusNeeds(site('status'), status, 'a closed date'));
  if (closed !== undefined && status !== 'closed')
    problems.push(messages.governance.closedWithoutStatus(site('status'), status));
  return problems;
}

function meetingRules(m: Located<Meeting>): Problem[] {
  const problems: Problem[] = [];
  const { status, reason, type, focus_topic } = m.value;
  if ((status === 'postponed' || status === 'cancelled') && reason === undefined)
    problems.push(messages.governance.reasonMissing(m.parsed.site([...m.path, 'status']), status));
  if (focus_topic !== undefined && type !== 'gpb')
    problems.push(messages.governance.focusTopicNotGpb(m.parsed.site([...m.path, 'focus_topic']), type));
  return problems;
}

function grantRules(g: Located<Grant>): Problem[] {
  const problems: Problem[] = [];
  const site = (...rest: (string | number)[]) => g.parsed.site([...g.path, ...rest]);
  const { from, to } = g.value.period;
  if (to < from) return [messages.governance.rangeReversed(site('period', 'to'), from, to)];
  g.value.updates.forEach((u, i) => {
    if (u.date < from || u.date > to)
      problems.push(
        messages.governance.dateOutsidePeriod(
          site('updates', i, 'date'),
          u.date,
          "the grant's period",
          from,
          to,
        ),
      );
  });
  g.value.locations.forEach((l, i) => {
    if (l.names !== undefined && l.names.length !== l.count)
      problems.push(
        messages.governance.locationCount(site('locations', i, 'names'), l.count, l.names.length),
      );
  });
  return problems;
}

export function checkRecordRules(set: ParsedSet): Problem[] {
  const problems = [
    ...set.questions.flatMap(questionRules),
    ...set.meetings.flatMap(meetingRules),
    ...set.grants.flatMap(grantRules),
  ];
  const plan = set.plan;
  if (plan && plan.value.period.to < plan.value.period.from)
    problems.push(
      messages.governance.rangeReversed(
        plan.parsed.site(['period', 'to']),
        plan.value.period.from,
        plan.value.period.to,
      ),
    );
  return problems;
}
