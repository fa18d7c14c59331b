/**
 * The analyst's common actions on questions.yaml: add, answer, close. Each one checks the folder as
 * it is, checks its own inputs, applies the edit through the Document API, checks the whole folder
 * again with the edited text, and only then replaces the file (atomically). Nothing is written when
 * anything is wrong.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../errors/messages.js';
import { type Problem, ScrutinyError } from '../../errors/problem.js';
import { writeFileAtomic } from '../../workspace/writeAtomic.js';
import { LIST_FILES } from '../files.js';
import {
  checkGovernance,
  type GovernanceOptions,
  type GovernanceTexts,
  readGovernanceTexts,
} from '../load.js';
import { isIsoDate, parseReportingPeriod } from '../periods.js';
import { type QuestionStatus, STATUSES_NEEDING_RESPONSE } from '../schemas/question.js';
import {
  appendQuestion,
  findQuestion,
  nextQuestionId,
  questionIds,
  questionsDocument,
  renderQuestions,
  setClosed,
  setResponse,
} from './questionDocument.js';

const FILE = LIST_FILES.questions.file;

function fail(problems: Problem[]): never {
  throw new ScrutinyError(problems);
}

function checkDate(option: string, date: string): Problem[] {
  return isIsoDate(date)
    ? []
    : [messages.governance.badOption(option, 'a real date written YYYY-MM-DD', JSON.stringify(date))];
}

/** Split 'Q2 2023/24 OPCC Performance Scrutiny report' into its period and its report. */
export function parseRaisedIn(text: string): { period: string; report: string } {
  const match = /^(Q[1-4] \d{4}\/\d{2}|\d{4}\/\d{2}|[A-Z][a-z]+ \d{4}|\d{4})\s+(\S.*)$/.exec(text.trim());
  const period = match?.[1];
  const report = match?.[2];
  if (period === undefined || report === undefined || parseReportingPeriod(period) === undefined)
    fail([messages.governance.raisedInUnparsable(text)]);
  return { period, report };
}

/** Read the folder, refuse to edit on top of invalid records, run `edit`, check, write. */
function editQuestionsFile<T>(
  dir: string,
  options: GovernanceOptions,
  edit: (doc: ReturnType<typeof questionsDocument>, texts: GovernanceTexts) => T,
): T {
  const texts = readGovernanceTexts(dir);
  const before = checkGovernance(texts, dir, options);
  if (before.problems.length > 0) fail([...before.problems]);
  const doc = questionsDocument(texts[FILE]);
  const result = edit(doc, texts);
  const text = renderQuestions(doc);
  const after = checkGovernance({ ...texts, [FILE]: text }, dir, options);
  if (after.problems.length > 0) fail([...after.problems]);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, FILE), text);
  return result;
}

export interface AddQuestionInput {
  readonly measures: readonly string[];
  readonly text: string;
  /** 'Q2 2023/24 OPCC Performance Scrutiny report'. */
  readonly raisedIn: string;
  readonly date: string;
  readonly meeting?: string;
  readonly kind?: 'question' | 'recommendation';
}

/** Add a question with the next free id; returns the id. */
export function addQuestion(dir: string, options: GovernanceOptions, input: AddQuestionInput): string {
  const { period, report } = parseRaisedIn(input.raisedIn);
  const problems = [
    ...checkDate('--date', input.date),
    ...input.measures
      .filter((m) => !options.knownMeasures.has(m))
      .map((m) =>
        messages.governance.badOption('--measure', 'a measure id from the catalogue', JSON.stringify(m)),
      ),
  ];
  if (problems.length > 0) fail(problems);
  return editQuestionsFile(dir, options, (doc) => {
    const id = nextQuestionId(questionIds(doc));
    appendQuestion(doc, {
      id,
      kind: input.kind ?? 'question',
      report,
      period,
      date: input.date,
      ...(input.meeting === undefined ? {} : { meeting: input.meeting }),
      measures: input.measures,
      text: input.text,
    });
    return id;
  });
}

const ANSWER_STATUSES = STATUSES_NEEDING_RESPONSE;

/** Record the force's response and the OPCC's judgement of it (default 'answered'). */
export function answerQuestion(
  dir: string,
  options: GovernanceOptions,
  id: string,
  answer: { readonly text: string; readonly date: string; readonly status?: string },
): void {
  const status = answer.status ?? 'answered';
  const problems = checkDate('--date', answer.date);
  if (!ANSWER_STATUSES.includes(status as QuestionStatus))
    problems.push(
      messages.governance.badOption(
        '--status',
        `one of ${ANSWER_STATUSES.join(', ')}`,
        JSON.stringify(status),
      ),
    );
  if (problems.length > 0) fail(problems);
  editQuestionsFile(dir, options, (doc) => {
    const question = findQuestion(doc, id);
    if (!question) fail([messages.governance.questionNotFound(join(dir, FILE), id)]);
    const closed = question.get('closed');
    if (typeof closed === 'string')
      fail([messages.governance.alreadyClosed({ file: join(dir, FILE) }, id, closed)]);
    setResponse(doc, question, answer.text, answer.date, status);
  });
}

/** Close a question: it is listed one last time for the period it closes in, then no more. */
export function closeQuestion(dir: string, options: GovernanceOptions, id: string, date: string): void {
  const problems = checkDate('--date', date);
  if (problems.length > 0) fail(problems);
  editQuestionsFile(dir, options, (doc) => {
    const question = findQuestion(doc, id);
    if (!question) fail([messages.governance.questionNotFound(join(dir, FILE), id)]);
    const closed = question.get('closed');
    if (typeof closed === 'string')
      fail([messages.governance.alreadyClosed({ file: join(dir, FILE) }, id, closed)]);
    setClosed(question, date);
  });
}
