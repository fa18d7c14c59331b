/**
 * The opening sections of the statement, after the reference's Appendix A: the introduction with the
 * six priorities, the Specified Information Order (with the date it came into force, 31 May 2021:
 * the reference's 'August 2021' is wrong), the statement of contribution from the workspace
 * configuration, and the overview of where the figures come from.
 */
import { PRIORITIES } from '../../catalogue/measures/schema.js';
import { callout, emphasis, heading, link, list, paragraph, text } from '../../document/build.js';
import { markdownBlocks } from '../../document/markdownBlocks.js';
import type { Block } from '../../document/model.js';
import { monthName, periodContaining } from '../../stats/calendar.js';
import { longDate } from './dates.js';
import { officerBlocks } from './officerSection.js';
import { PRIORITY_TITLES, priorityId } from './priorities.js';
import type { StatementInput } from './types.js';

export const SIO_IN_FORCE = '2021-05-31';
const SIO_TITLE = 'The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021';
const SIO_URL = 'https://www.legislation.gov.uk/uksi/2021/547/made';

export function introduction(n: number): Block[] {
  return [
    heading(1, 'introduction', `${n}. Introduction`),
    paragraph(
      "The Government's National Crime and Policing Measures (NCPM) complement the local priorities set out in Police and Crime Commissioners' Police and Crime Plans. The Government is clear that forces must achieve significant reductions in crime and restore the public's confidence in the criminal justice system. The six national priorities are:",
    ),
    list(
      true,
      PRIORITIES.map((p) => [link(`${PRIORITY_TITLES[p]}.`, `#${priorityId(p)}`)]),
    ),
  ];
}

export function specifiedInformationOrder(n: number, appendixRef: string): Block[] {
  return [
    heading(1, 'specified-information-order', `${n}. Specified Information Order`),
    paragraph(
      `On ${longDate(SIO_IN_FORCE)}, `,
      link(SIO_TITLE, SIO_URL),
      " came into force. It requires Police and Crime Commissioners to publish information about their force's performance against the national priorities, so that the public can scrutinise police performance and hold Commissioners to account more effectively. Paragraph 7A of the Order requires:",
    ),
    list(false, [
      [
        emphasis('(a)'),
        text(
          ' a statement on the contribution of the police force to achieving improvements against those priorities (sections 3 to 10 of this statement);',
        ),
      ],
      [
        emphasis('(b)'),
        text(
          ` an explanation of which of the national priorities are assessed to be applicable and which not applicable in the context of the police area, and the reasons for that assessment (${appendixRef}).`,
        ),
      ],
    ]),
    paragraph(
      "The information must be published in a prominent place on the Commissioner's website, and updated quarterly following the publication of the quarterly crime statistics.",
    ),
  ];
}

export function contribution(n: number, input: StatementInput): { blocks: Block[]; empty: boolean } {
  const { plan, commissioner, force } = input;
  const blocks: Block[] = [heading(1, 'statement-of-contribution', `${n}. Statement of contribution`)];
  const published = plan.published ? `On ${longDate(plan.published)}, the` : 'The';
  blocks.push(
    paragraph(
      `${published} ${commissioner.title} for ${force.area} published the '${plan.title}'. Its objectives were set with the requirements of the National Crime and Policing Measures in mind.`,
    ),
  );
  const configured = plan.contribution.trim();
  if (configured !== '')
    blocks.push(...markdownBlocks(configured, { topLevel: 2, idPrefix: 'contribution' }));
  else
    blocks.push(
      callout(
        'caution',
        [
          [
            'No statement of contribution has been written for this workspace (',
            emphasis('statement.contribution'),
            ' in scrutiny.config.yaml). Paragraph 7A(a) of the Order requires one.',
          ],
        ],
        'Missing text',
      ),
    );
  return { blocks, empty: configured === '' };
}

export function overview(n: number, input: StatementInput, overviewCommentary: Block[]): Block[] {
  const { result, force } = input;
  const loaded = result.dataLoaded.filter(
    (d) => !d.dataset.startsWith('police_uk') || d.dataset === 'police_uk_street',
  );
  const lastMonth = result.period.last;
  const blocks: Block[] = [
    heading(1, 'overview', `${n}. ${force.name} overview`),
    paragraph(
      `The Government's baseline for the national measures is 2019, the year before the pandemic; this statement compares each count with the ${baselineWords(result)}. The Home Office recognises that not every measure applies equally to every force, so Commissioners consider how best to apply them in their area: where a Government measure is not available in the force's own data, the force reports proxy measures that show its contribution to the same priority.`,
    ),
    paragraph(
      `This statement covers ${result.period.label} (${monthName(result.period.first)} to ${monthName(lastMonth)}). Every figure in it is computed from the data listed in the annex, and can be traced to its source file in figures.json, published with the statement.`,
    ),
  ];
  if (loaded.length > 0)
    blocks.push(
      list(
        false,
        loaded.map(
          (d) => `${DATASET_NAMES[d.dataset] ?? d.dataset}: ${spanText(d.dataset, d.first, d.last)}`,
        ),
      ),
    );
  if (result.officers) blocks.push(...officerBlocks(result.officers, force.name, `${n}.1`));
  blocks.push(...overviewCommentary);
  return blocks;
}

/** Home Office tables are quarterly, keyed by the quarter's first month: written as quarters. */
export function spanText(dataset: string, first: string, last: string): string {
  if (dataset === 'ho_workforce') return `31 March ${first.slice(0, 4)} to 31 March ${last.slice(0, 4)}`;
  if (dataset === 'published_tables') return `periods from ${monthName(first)} to ${monthName(last)}`;
  if (dataset.startsWith('ho_'))
    return `${periodContaining('quarter', first).label} to ${periodContaining('quarter', last).label}`;
  return `${monthName(first)} to ${monthName(last)}`;
}

export const DATASET_NAMES: Readonly<Record<string, string>> = {
  force_crimes: 'Force crime extract',
  force_satisfaction: 'Force victim satisfaction survey',
  force_ocg_disruptions: 'Force organised crime group disruptions',
  ho_recorded_crime: 'Home Office police recorded crime',
  ho_outcomes: 'Home Office crime outcomes',
  ho_workforce: 'Home Office police workforce',
  published_tables: 'ONS and Home Office published tables',
  police_uk_street: 'data.police.uk street-level crime',
  police_uk_outcomes: 'data.police.uk outcomes',
  police_uk_stop_search: 'data.police.uk stop and search',
};

/** 'NCPM baseline, the 12 months to June 2019' (a result from before the setting: the Home Office's year). */
function baselineWords(result: StatementInput['result']): string {
  return `NCPM baseline, the ${result.settings.baseline?.label ?? '12 months to June 2019'}`;
}
