/**
 * The text a statement needs from people and does not have: the statement of contribution (Order
 * paragraph 7A(a)) and the OPCC commentary of each priority the statement shows. The statement is
 * written with a "Missing" note in each place; `statement --strict` refuses to write it at all.
 */
import { layoutOf } from './layout.js';
import type { StatementInput } from './types.js';

export function missingText(input: StatementInput): string[] {
  const missing: string[] = [];
  if (input.plan.contribution.trim() === '') missing.push('statement.contribution in scrutiny.config.yaml');
  for (const { priority } of layoutOf(input.result.measures, input.classification).priorities) {
    const file = input.commentary.find((c) => c.name === priority);
    if (!file || file.text.trim() === '') missing.push(`${input.commentaryFolder}/${priority}.md`);
  }
  return missing;
}
