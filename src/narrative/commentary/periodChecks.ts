/**
 * Period references in commentary that cannot be right for the statement being written:
 * - a period that ends after the statement's period (the data cannot know it yet);
 * - a quarter named beside the months it is said to cover, when those months are not in it
 *   (the reference report's "monthly performance reports for Q3 2023/24" followed by January,
 *   February and March 2024, which are Q4 2023/24).
 * Mentions of earlier periods are legitimate ("a question was raised in the Q2 2023/24 report").
 */

import { type Period, periodContaining } from '../../stats/calendar/period.js';
import { compareMonths, type Month, monthsOf, readPeriodLabel } from '../../stats/calendar.js';
import type { CommentaryFinding } from './finding.js';
import type { Block } from './markdown.js';

const QUARTER = /\bQ[1-4]\s+\d{4}\/\d{2}\b/g;
const FINANCIAL_YEAR = /(?<![Q\d]\s?)\b\d{4}\/\d{2}\b/g;
const NAMED_MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g;

export function periodFindings(
  file: string,
  blocks: readonly Block[],
  statement: Period,
): CommentaryFinding[] {
  const findings: CommentaryFinding[] = [];
  blocks.forEach((block, index) => {
    for (const mention of mentionsIn(block.text)) {
      if (compareMonths(mention.period.last, statement.last) > 0) {
        findings.push(
          wrongPeriod(
            file,
            block.line,
            mention.text,
            `this statement covers ${statement.label}; ${mention.text} is after it`,
          ),
        );
      }
    }
    for (const quarter of block.text.match(QUARTER) ?? []) {
      const read = readPeriodLabel(quarter);
      if (!read.ok) continue;
      const listed = monthsListedWith(blocks, index, quarter);
      if (listed.length === 0) continue;
      const inside = new Set(monthsOf(read.period));
      if (listed.some((m) => inside.has(m))) continue;
      const actual = periodContaining('quarter', listed[0]!);
      const allInOneQuarter = listed.every((m) => monthsOf(actual).includes(m));
      findings.push(
        wrongPeriod(
          file,
          block.line,
          quarter,
          `the months it lists (${listed.map(monthLabel).join(', ')}) are ${allInOneQuarter ? `in ${actual.label}` : `not in ${quarter}`}`,
        ),
      );
    }
  });
  return findings;
}

function wrongPeriod(file: string, line: number, textSays: string, dataSays: string): CommentaryFinding {
  return { code: 'commentary.wrong-period', file, line, textSays, dataSays };
}

function mentionsIn(text: string): { text: string; period: Period }[] {
  const found: { text: string; period: Period }[] = [];
  for (const pattern of [QUARTER, FINANCIAL_YEAR, NAMED_MONTH]) {
    for (const match of text.matchAll(pattern)) {
      const read = readPeriodLabel(match[0]);
      if (read.ok) found.push({ text: match[0], period: read.period });
    }
  }
  return found;
}

/**
 * The months a quarter mention is said to cover: those in a parenthesis right after it
 * ("Q3 2023/24 (October to December 2023)"), or, when the block ends by introducing a list
 * ("... for Q3 2023/24: -"), those named in the list items that follow. Months elsewhere in the
 * sentence are about other things ("In March 2024, ... on the 4.4% reported for Q3 2023/24").
 */
function monthsListedWith(blocks: readonly Block[], index: number, quarter: string): Month[] {
  const months: Month[] = [];
  const collect = (text: string) => {
    for (const match of text.matchAll(NAMED_MONTH)) {
      const read = readPeriodLabel(match[0]);
      if (read.ok) months.push(read.period.first);
    }
  };
  const block = blocks[index];
  if (!block) return months;
  const after = block.text.slice(block.text.indexOf(quarter) + quarter.length);
  const parenthesis = /^\s*\(([^)]*)\)/.exec(after);
  if (parenthesis?.[1]) collect(parenthesis[1]);
  if (/[:][\s\-–—]*$/.test(block.text)) {
    for (let next = index + 1; next < blocks.length && blocks[next]?.kind === 'list_item'; next++) {
      collect(blocks[next]?.text ?? '');
    }
  }
  return months;
}

function monthLabel(month: Month): string {
  const read = readPeriodLabel(month);
  return read.ok ? read.period.label : month;
}
