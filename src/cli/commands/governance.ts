import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import type { GovernanceOptions, QuestionFacts } from '../../governance/index.js';
import { QUESTION_STATUSES } from '../../governance/questionStatuses.js';
import { action, openWorkspace, type WorkspaceContext } from '../context.js';
import type { Output } from '../output.js';

/** The governance records' code, loaded when a governance command runs (not for --help). */
const governanceModule = () => import('../../governance/index.js');

async function governanceOptions(ws: WorkspaceContext): Promise<GovernanceOptions> {
  const { catalogueMeasureIds } = await governanceModule();
  return { knownMeasures: catalogueMeasureIds(ws.paths.root, ws.config.satisfaction.cohorts) };
}

/** Today in Europe/London, whatever the machine's zone: the default date of an action. */
function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

function describe(output: Output, q: QuestionFacts, full: boolean): void {
  const measures = q.measures.length > 0 ? q.measures.join(', ') : '(no measure)';
  output.result(`${q.id}  ${q.status.padEnd(14)}  ${measures}  (${q.raisedIn}, ${q.raisedOn})`);
  output.result(
    `    ${q.kind === 'recommendation' ? 'Recommendation' : 'Question'} regarding ${q.regarding}`,
  );
  if (!full) return;
  if (q.meeting) output.result(`    Raised at: ${q.meeting}`);
  if (q.response) output.result(`    Response (${q.response.date}): ${q.response.text}`);
  for (const f of q.followUps) output.result(`    Follow-up (${f.date}): ${f.text}`);
  if (q.closed) output.result(`    Closed: ${q.closed}`);
}

function registerList(governance: Command): void {
  governance
    .command('list')
    .description('list scrutiny questions (all, or those carried into a period or date)')
    .option('--status <status>', `only this status (${QUESTION_STATUSES.join(', ')})`)
    .option('--measure <id>', 'only questions about this measure')
    .option(
      '--as-of <period-or-date>',
      "questions carried into 'Q3 2023/24' (or open on YYYY-MM-DD), as they stood",
    )
    .action(
      action(async (output, command) => {
        const opts = command.opts<{ status?: string; measure?: string; asOf?: string }>();
        if (opts.status !== undefined && !(QUESTION_STATUSES as readonly string[]).includes(opts.status))
          throw new ScrutinyError(
            messages.governance.badOption(
              '--status',
              `one of ${QUESTION_STATUSES.join(', ')}`,
              JSON.stringify(opts.status),
            ),
            ExitCode.usageError,
          );
        const ws = openWorkspace(command);
        const { carriedQuestions, loadGovernance, questionAsRecorded } = await governanceModule();
        const records = loadGovernance(ws.paths.governance, await governanceOptions(ws));
        const all = opts.asOf
          ? carriedQuestions(records, opts.asOf).questions
          : records.questions.map((q) => questionAsRecorded(q));
        const shown = all.filter(
          (q) =>
            (opts.status === undefined || q.status === opts.status) &&
            (opts.measure === undefined || q.measures.includes(opts.measure)),
        );
        for (const q of shown) describe(output, q, false);
        if (shown.length === 0) output.info('No questions match.');
        output.json({ ok: true, questions: shown });
        return ExitCode.ok;
      }),
    );
}

function registerShow(governance: Command): void {
  governance
    .command('show')
    .description('show one question with its response and follow-ups')
    .argument('<id>', 'question id, e.g. SQ-003')
    .action(
      action(async (output, command, id: string) => {
        const ws = openWorkspace(command);
        const { loadGovernance, questionAsRecorded } = await governanceModule();
        const records = loadGovernance(ws.paths.governance, await governanceOptions(ws));
        const question = records.questions.find((q) => q.id === id);
        if (!question)
          throw new ScrutinyError(
            messages.governance.questionNotFound(`${ws.paths.governance}/questions.yaml`, id),
          );
        const facts = questionAsRecorded(question);
        describe(output, facts, true);
        output.json({ ok: true, question: facts });
        return ExitCode.ok;
      }),
    );
}

function registerAdd(governance: Command): void {
  governance
    .command('add')
    .description('add a scrutiny question (or --recommendation) with the next free id')
    .requiredOption('--measure <id>', 'a measure it concerns (repeat, or separate with commas)', collect, [])
    .requiredOption('--text <text>', "what was asked, to follow 'regarding'")
    .requiredOption('--raised-in <report>', "e.g. 'Q2 2023/24 OPCC Performance Scrutiny report'")
    .option('--meeting <id>', 'the meeting (meetings.yaml) where it was raised')
    .option('--date <YYYY-MM-DD>', 'the date it was raised (default: today)')
    .option('--recommendation', 'record a recommendation rather than a question', false)
    .action(
      action(async (output, command) => {
        const opts = command.opts<{
          measure: string[];
          text: string;
          raisedIn: string;
          meeting?: string;
          date?: string;
          recommendation: boolean;
        }>();
        const ws = openWorkspace(command);
        const { addQuestion } = await governanceModule();
        const id = addQuestion(ws.paths.governance, await governanceOptions(ws), {
          measures: opts.measure,
          text: opts.text,
          raisedIn: opts.raisedIn,
          date: opts.date ?? todayInLondon(),
          ...(opts.meeting === undefined ? {} : { meeting: opts.meeting }),
          kind: opts.recommendation ? 'recommendation' : 'question',
        });
        output.result(`Added ${id}`);
        output.json({ ok: true, id });
        return ExitCode.ok;
      }),
    );
}

function registerAnswerAndClose(governance: Command): void {
  governance
    .command('answer')
    .description("record the force's response to a question and the OPCC's judgement of it")
    .argument('<id>', 'question id')
    .requiredOption('--text <text>', "the force's response")
    .requiredOption('--date <YYYY-MM-DD>', 'when the response was received')
    .option('--status <status>', 'answered, assured, partly_assured or not_assured', 'answered')
    .action(
      action(async (output, command, id: string) => {
        const opts = command.opts<{ text: string; date: string; status: string }>();
        const ws = openWorkspace(command);
        const { answerQuestion } = await governanceModule();
        answerQuestion(ws.paths.governance, await governanceOptions(ws), id, opts);
        output.result(`Recorded the response to ${id} (${opts.status})`);
        output.json({ ok: true, id, status: opts.status });
        return ExitCode.ok;
      }),
    );
  governance
    .command('close')
    .description('close a question: it is reported for the last time in the period it closes in')
    .argument('<id>', 'question id')
    .option('--date <YYYY-MM-DD>', 'the date it was closed (default: today)')
    .action(
      action(async (output, command, id: string) => {
        const date = command.opts<{ date?: string }>().date ?? todayInLondon();
        const ws = openWorkspace(command);
        const { closeQuestion } = await governanceModule();
        closeQuestion(ws.paths.governance, await governanceOptions(ws), id, date);
        output.result(`Closed ${id} on ${date}`);
        output.json({ ok: true, id, closed: date });
        return ExitCode.ok;
      }),
    );
}

function registerCheck(governance: Command): void {
  governance
    .command('check')
    .description('check every governance record; prints each problem with its file, line and field')
    .action(
      action(async (output, command) => {
        const ws = openWorkspace(command);
        const { loadGovernance } = await governanceModule();
        const records = loadGovernance(ws.paths.governance, await governanceOptions(ws));
        const counts = {
          questions: records.questions.length,
          meetings: records.meetings.length,
          engagement: records.engagement.length,
          grants: records.grants.length,
          decisions: records.decisions.length,
          activities: records.activities.length,
          objectives: records.plan?.objectives.length ?? 0,
        };
        output.result(
          `Governance records are valid: ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}`,
        );
        output.json({ ok: true, counts });
        return ExitCode.ok;
      }),
    );
}

export function registerGovernance(program: Command): void {
  const governance = program
    .command('governance')
    .description('scrutiny questions and other governance records (the governance/ folder)');
  registerList(governance);
  registerShow(governance);
  registerAdd(governance);
  registerAnswerAndClose(governance);
  registerCheck(governance);
}
