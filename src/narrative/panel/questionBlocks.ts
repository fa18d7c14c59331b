/**
 * A scrutiny question in the report body, in exactly the words the NCPM statement at Appendix A
 * uses for it (narrative/statement/questions.ts), so the two cannot disagree, followed by the
 * question's id, so the Panel's clerk can find the record behind the sentence.
 */
import { emphasis, text } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { QuestionFacts } from '../../governance/index.js';
import { questionParagraphs } from '../statement/questions.js';

export function questionBlocks(q: QuestionFacts, forceName: string): Block[] {
  const blocks = questionParagraphs(q, forceName);
  const last = blocks.at(-1);
  if (last?.kind !== 'paragraph') return blocks;
  return [...blocks.slice(0, -1), { ...last, runs: [...last.runs, text(' '), emphasis(`(${q.id})`)] }];
}
