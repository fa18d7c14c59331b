/**
 * Edits of questions.yaml through the yaml Document API, so the analyst's comments, blank lines,
 * key order and quoting survive every `scrutiny governance add|answer|close`. Only the question being
 * changed is touched.
 */
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * How questions.yaml is written back: long lines are never re-folded. The yaml package re-renders
 * the whole document, so comments, blank lines, key order and quote styles survive, but spacing is
 * made regular: one space before a trailing comment, `{ a: b }` and `[ a ]` in flow collections,
 * and a folded (>) block joined onto one line. docs/governance.md says so.
 */
export const WRITE_OPTIONS = { lineWidth: 0 } as const;

export const NEW_QUESTIONS_FILE = `# Scrutiny questions and recommendations put to the force (docs/governance.md).
# Add, answer and close them with \`scrutiny governance add|answer|close\`, or edit by hand.
questions: []
`;

export function questionsDocument(text: string | undefined): Document {
  return parseDocument(text ?? NEW_QUESTIONS_FILE);
}

/** The questions list, created when the file has none yet. */
function questionList(doc: Document): YAMLSeq {
  let list = doc.get('questions', true);
  if (!isSeq(list)) {
    const created = doc.createNode([]) as YAMLSeq;
    if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
    doc.set('questions', created);
    list = created;
  }
  const seq = list as YAMLSeq;
  // An empty list is written `questions: []`; a list with entries reads better in block style.
  seq.flow = false;
  return seq;
}

export function questionIds(doc: Document): string[] {
  const list = doc.get('questions', true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** The next free id of the form SQ-001, SQ-002, ...: one more than the highest SQ number used. */
export function nextQuestionId(ids: readonly string[]): string {
  const numbers = ids.map((id) => /^SQ-(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined);
  const next = Math.max(0, ...numbers.map(Number)) + 1;
  return `SQ-${String(next).padStart(3, '0')}`;
}

export function findQuestion(doc: Document, id: string): YAMLMap | undefined {
  const list = doc.get('questions', true);
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

export interface NewQuestion {
  readonly id: string;
  readonly kind: 'question' | 'recommendation';
  readonly report: string;
  readonly period: string;
  readonly date: string;
  readonly meeting?: string;
  readonly measures: readonly string[];
  readonly text: string;
}

export function appendQuestion(doc: Document, q: NewQuestion): void {
  const node = doc.createNode({
    id: q.id,
    ...(q.kind === 'recommendation' ? { kind: q.kind } : {}),
    raised_in: { report: q.report, period: q.period },
    date: q.date,
    ...(q.meeting === undefined ? {} : { meeting: q.meeting }),
    measures: [...q.measures],
    text: q.text,
    status: 'open',
  }) as YAMLMap;
  const measures = node.get('measures', true);
  if (isSeq(measures)) measures.flow = true;
  const list = questionList(doc);
  // A blank line between questions, as a person would write them.
  if (list.items.length > 0) node.spaceBefore = true;
  list.items.push(node);
}

export function setResponse(
  doc: Document,
  question: YAMLMap,
  text: string,
  date: string,
  status: string,
): void {
  question.set('response', doc.createNode({ text, date }));
  question.set('status', status);
}

export function setClosed(question: YAMLMap, date: string): void {
  question.set('status', 'closed');
  question.set('closed', date);
}

export function renderQuestions(doc: Document): string {
  return doc.toString(WRITE_OPTIONS);
}
