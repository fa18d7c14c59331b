/**
 * References between records and to the measure catalogue: measure ids, meeting ids, Plan objectives
 * and themes must all name something that exists.
 */
import type { GovernanceSite } from '../../errors/messages/governance.js';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { ParsedSet } from './parsedSet.js';

export function checkReferences(set: ParsedSet, knownMeasures: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const meetingIds = new Set(set.meetings.map((m) => m.value.id));
  const objectives = new Map(set.plan?.value.objectives.map((o) => [o.id, o]) ?? []);

  const measure = (ids: readonly string[], at: (i: number) => GovernanceSite) =>
    ids.forEach((id, i) => {
      if (!knownMeasures.has(id)) problems.push(messages.governance.unknownMeasure(at(i), id));
    });

  for (const q of set.questions) {
    measure(q.value.measures, (i) => q.parsed.site([...q.path, 'measures', i]));
    if (q.value.meeting !== undefined && !meetingIds.has(q.value.meeting))
      problems.push(
        messages.governance.unknownMeeting(
          q.parsed.site([...q.path, 'meeting']),
          q.value.meeting,
          set.files.meetings,
        ),
      );
  }
  for (const m of set.meetings) {
    const to = m.value.rescheduled_to;
    if (to !== undefined && !meetingIds.has(to))
      problems.push(
        messages.governance.unknownMeeting(
          m.parsed.site([...m.path, 'rescheduled_to']),
          to,
          set.files.meetings,
        ),
      );
  }
  for (const d of set.decisions) {
    if (d.value.meeting !== undefined && !meetingIds.has(d.value.meeting))
      problems.push(
        messages.governance.unknownMeeting(
          d.parsed.site([...d.path, 'meeting']),
          d.value.meeting,
          set.files.meetings,
        ),
      );
  }
  for (const a of set.activities) measure(a.value.measures, (i) => a.parsed.site([...a.path, 'measures', i]));

  // Plan objectives named by decisions and activities, and an activity's theme within its objective.
  for (const r of [...set.decisions, ...set.activities]) {
    const id = r.value.objective;
    if (id === undefined) continue;
    const site = r.parsed.site([...r.path, 'objective']);
    if (!set.plan) problems.push(messages.governance.planMissing(site, set.files.plan));
    else if (!objectives.has(id))
      problems.push(messages.governance.unknownObjective(site, id, set.files.plan));
  }
  for (const a of set.activities) {
    const { objective, theme } = a.value;
    if (theme === undefined) continue;
    if (objective === undefined) {
      problems.push(
        messages.governance.invalid(
          a.parsed.site([...a.path, 'theme']),
          'an objective for the theme to belong to',
          'a theme without an objective',
        ),
      );
      continue;
    }
    const owner = objectives.get(objective);
    if (owner && !owner.themes.some((t) => t.id === theme))
      problems.push(messages.governance.unknownTheme(a.parsed.site([...a.path, 'theme']), theme, owner.id));
  }

  const plan = set.plan;
  plan?.value.objectives.forEach((o, i) => {
    measure(o.measures, (k) => plan.parsed.site(['objectives', i, 'measures', k]));
    o.themes.forEach((t, j) => {
      measure(t.measures, (k) => plan.parsed.site(['objectives', i, 'themes', j, 'measures', k]));
    });
  });
  return problems;
}
