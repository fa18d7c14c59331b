/**
 * The quarterly NCPM statement as one Document, built from the measures result and nothing else
 * (plus the configured text, the analysts' commentary and the scrutiny questions). The order follows
 * Appendix A of the reference report and paragraph 7A of the Specified Information Order:
 *   1 Introduction; 2 Specified Information Order; 3 Statement of contribution; 4 Overview;
 *   5-10 one section per national priority (Government measures, proxy measures, Force data, OPCC
 *   commentary); 11 Applicability (7A(b)); 12 Data and methods.
 * Figures are drawn by the ChartDrawer the caller passes in (the report layer's charts).
 */
import { PRIORITIES } from '../../catalogue/measures/schema.js';
import { callout } from '../../document/build.js';
import { markdownBlocks } from '../../document/markdownBlocks.js';
import type { Block, Document } from '../../document/model.js';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { parsePeriod } from '../../stats/calendar.js';
import type { CommentaryFinding } from '../commentary/finding.js';
import { applicabilitySection } from './applicability.js';
import { FigureMaker } from './figures.js';
import { contribution, introduction, overview, specifiedInformationOrder } from './frontMatter.js';
import { layoutOf } from './layout.js';
import { methodsAnnex } from './methodsAnnex.js';
import { prioritySection } from './prioritySection.js';
import { settingsOf } from './settingsOf.js';
import type { ChartDrawer, StatementInput } from './types.js';

export const STATEMENT_TITLE = 'National Crime and Policing Measures';

export interface BuiltStatement {
  readonly document: Document;
  /** Warnings about the statement's content: missing commentary, missing contribution. */
  readonly problems: readonly Problem[];
}

export async function buildStatement(input: StatementInput, draw: ChartDrawer): Promise<BuiltStatement> {
  const { result } = input;
  const period = parsePeriod(result.period.label);
  const settings = settingsOf(result);
  const layout = layoutOf(result.measures, input.classification);
  const figures = new FigureMaker(draw);
  const problems: Problem[] = [];
  const commentaryOf = (name: string) => input.commentary.find((c) => c.name === name);

  const appendixNumber = 5 + PRIORITIES.length;
  const blocks: Block[] = [...introduction(1), ...specifiedInformationOrder(2, `section ${appendixNumber}`)];
  const contributionPart = contribution(3, input);
  if (contributionPart.empty) problems.push(messages.statement.noContribution());
  blocks.push(...contributionPart.blocks);
  const findings = input.findings ?? [];
  if (findings.length > 0) blocks.unshift(draftBanner(findings.length));
  const overviewText = commentaryOf('overview');
  const overviewMarks = overviewText ? marksOf(findings, overviewText.path) : undefined;
  blocks.push(
    ...overview(
      4,
      input,
      overviewText
        ? markdownBlocks(overviewText.text, {
            topLevel: 2,
            idPrefix: 'overview-commentary',
            ...(overviewMarks ? { marks: overviewMarks } : {}),
          })
        : [],
    ),
  );
  for (const [i, priorityLayout] of layout.priorities.entries()) {
    const commentary = commentaryOf(priorityLayout.priority);
    if (!commentary || commentary.text.trim() === '')
      problems.push(
        messages.statement.noCommentary(
          `${input.commentaryFolder}/${priorityLayout.priority}.md`,
          result.period.label,
        ),
      );
    blocks.push(
      ...(await prioritySection(priorityLayout, {
        number: 5 + i,
        period,
        settings,
        forceName: input.force.name,
        questions: input.questions,
        commentary,
        commentaryFolder: input.commentaryFolder,
        ...marksFor(findings, commentary),
        figures,
        ...(result.restatements ? { restatements: result.restatements } : {}),
      })),
    );
  }
  blocks.push(...applicabilitySection(appendixNumber, layout, result.measures));
  blocks.push(...methodsAnnex(appendixNumber + 1, result, layout, settings, input.workspaceRoot));

  return {
    document: {
      title: STATEMENT_TITLE,
      subtitle: `${findings.length > 0 ? 'DRAFT: ' : ''}${result.period.label}: the ${input.commissioner.title}'s statement for ${input.force.area}`,
      classification: input.classification,
      meta: {
        organisation: input.commissioner.office,
        periodLabel: result.period.label,
        generatedAt: result.generatedAt,
        version: input.version,
      },
      blocks,
    },
    problems,
  };
}

/** The banner of a statement whose commentary still disagrees with the data: not for publication. */
function draftBanner(places: number): Block {
  return callout(
    'caution',
    [
      [
        `${places} place${places === 1 ? '' : 's'} in the OPCC commentary disagree${places === 1 ? 's' : ''} with the data. Each is marked [DRAFT: ...] where it stands, with what the data say. Correct the commentary (scrutiny check lists them) before publishing.`,
      ],
    ],
    'DRAFT: not for publication',
  );
}

/** The findings of one commentary file, by line: "the data say ..." (undefined when none). */
function marksOf(findings: readonly CommentaryFinding[], path: string): Map<number, string> | undefined {
  const mine = findings.filter((f) => f.file === path);
  if (mine.length === 0) return undefined;
  const marks = new Map<number, string>();
  for (const f of mine) {
    const said = `'${f.textSays}': the data say ${f.dataSays}`;
    marks.set(f.line, marks.has(f.line) ? `${marks.get(f.line)}; ${said}` : said);
  }
  return marks;
}

function marksFor(
  findings: readonly CommentaryFinding[],
  file: { readonly path: string } | undefined,
): { marks?: Map<number, string> } {
  const marks = file ? marksOf(findings, file.path) : undefined;
  return marks ? { marks } : {};
}
