import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../src/document/check.js';
import type { Block, Document, TableBlock } from '../../src/document/model.js';
import { STANDING_AGENDA_ITEMS } from '../../src/governance/index.js';
import { buildPanelReport, type PanelReportInput } from '../../src/narrative/panel/index.js';
import { blockLines, section } from './documentText.js';
import { MEASURES, OFFICE, records, statement, TEXTS } from './fixtures.js';

function build(overrides: Partial<PanelReportInput> = {}): Document {
  return buildPanelReport({
    meetingDate: '2024-06-20',
    reportDate: '2024-06-11',
    office: OFFICE,
    records: records(),
    measures: MEASURES,
    statement: statement(),
    classification: 'OFFICIAL',
    generatedAt: '2024-06-11T09:00:00+01:00',
    version: '0.0.0-test',
    ...overrides,
  });
}

const NOTHING =
  'No decisions, activities or other records have been entered under this item since the Panel met on Thursday 7 March 2024.';

function tableCaptioned(blocks: readonly Block[], caption: string): TableBlock {
  const found = blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption === caption);
  assert.ok(found, `no table captioned ${caption}`);
  return found;
}

test('the ten standing agenda items appear once each, in the reference order, after the introduction', () => {
  const doc = build();
  const level1 = doc.blocks
    .filter((b) => b.kind === 'heading' && b.level === 1)
    .map((b) => (b as { text: string }).text);
  assert.deepEqual(level1, [
    'Standing agenda items',
    'Introduction',
    '1. Details of key activities and decisions taken since the previous meeting',
    '2. Details of any emerging local and national issues',
    '3. Climate change and sustainability considerations',
    '4. Progress made against Police and Crime Plan objectives',
    '5. Criminal Justice System considerations',
    '6. Governance and holding to account activities',
    '7. National Crime and Policing Measures',
    '8. Communications and engagement activities',
    '9. Grants and commissioning',
    '10. Financial summary',
    'Appendix A: National Crime and Policing Measures, Q4 2023/24',
  ]);
  const agenda = section(doc, 'standing-agenda-items')[0];
  assert.equal(agenda?.kind, 'list');
  if (agenda?.kind === 'list') {
    assert.equal(agenda.ordered, true);
    assert.deepEqual(
      agenda.items.map((i) => i.runs[0]),
      STANDING_AGENDA_ITEMS.map((item) => ({ kind: 'link', text: item.title, href: `#item-${item.number}` })),
    );
  }
  assert.deepEqual(checkDocument(doc), []);
});

test('an item with nothing recorded since the previous Panel says so, naming that meeting', () => {
  const doc = build();
  for (const id of ['item-1', 'item-2', 'item-3'])
    assert.deepEqual(blockLines(doc, section(doc, id)), [NOTHING]);
  // Item 7 has no records either, yet keeps its standing text pointing to the statement.
  const ncpm = blockLines(doc, section(doc, 'item-7'));
  assert.equal(ncpm[0], NOTHING);
  assert.match(
    ncpm[2] ?? '',
    /^For the information of the Panel, the statement for Q4 2023\/24 is appended at Appendix A\./,
  );
  // Items with records do not say it.
  for (const id of ['item-4', 'item-5', 'item-6', 'item-8', 'item-9', 'item-10'])
    assert.ok(!blockLines(doc, section(doc, id)).includes(NOTHING), id);
});

test("records dated on the previous Panel's day or on the meeting's day are outside the window", () => {
  const text = blockLines(build()).join('\n');
  assert.doesNotMatch(text, /Decided on the previous Panel's day/);
  assert.doesNotMatch(text, /On the day of the meeting/);
  assert.deepEqual(blockLines(build(), section(build(), 'item-10')), [
    'Treasury management strategy (decision D-2024-07, 8 April 2024). Approved the strategy. Amount: £1,250.50.',
  ]);
  assert.deepEqual(blockLines(build(), section(build(), 'item-5')), [
    'Custody scrutiny panel (16 May 2024). The panel met for the first time.',
  ]);
});

test('Plan progress: each objective has its measures for the quarter, hand-checked, with open questions linked', () => {
  const doc = build();
  const fight = tableCaptioned(
    section(doc, 'item-4-1'),
    'Fight crime and reduce offending: measures, Q4 2023/24',
  );
  assert.deepEqual(fight.header, [
    ['Measure', 'Q4 2023/24', 'On Q4 2022/23', 'Verdict', '3-year average', 'Target', 'Questions'],
  ]);
  assert.deepEqual(fight.rows, [
    ['Violence with injury', '1,141', '+13% (+134)', 'Worse', 'Above', '–', [{ kind: 'text', text: '–' }]],
    [
      "Robbery: 'action taken' outcome rate",
      '17.2%',
      '-2.6 percentage points',
      'Worse',
      '–',
      'Not met (target 20.0%)',
      [{ kind: 'link', text: 'SQ-001', href: '#open-questions-robbery-action-taken' }],
    ],
  ]);
  const lines = blockLines(doc, section(doc, 'item-4-1'));
  assert.ok(
    lines.includes(
      '1 further measure is linked to this objective but classified OFFICIAL-SENSITIVE, and is not shown in this report.',
    ),
  );
  // The themed activity sits under its theme; the decision under its objective.
  assert.deepEqual(lines.slice(-3), [
    'Serious violence interventions (decision D-2024-08, 19 June 2024). Funded three interventions. Amount: £45,000.',
    'a) Violent Crime',
    'Serious Violence Duty (10 April 2024). The office finalised the Home Office submissions. Measures: Violence with injury.',
  ]);
  const safe = section(doc, 'item-4-2');
  const safeTable = tableCaptioned(safe, 'Keep people safe and reduce harm: measures, Q4 2023/24');
  assert.deepEqual(safeTable.rows, [
    [
      'Drug-related homicide',
      'Not available',
      '–',
      '–',
      '–',
      '–',
      [{ kind: 'link', text: 'SQ-002', href: '#open-questions-drug-related-homicide' }],
    ],
    // Satisfaction is judged on its rolling rate, and the cell says so beside the quarter's 79%.
    [
      'Victim satisfaction: burglary',
      '79%',
      '+6.4 percentage points',
      '–',
      '–',
      'Met: 6-month rate 81% (target 80%)',
      [{ kind: 'text', text: '–' }],
    ],
  ]);
  assert.ok(
    blockLines(doc, safe).includes(
      'Drug-related homicide: Not available in force data: the force does not disaggregate it.',
    ),
  );
});

test('OFFICIAL-SENSITIVE: the sensitive measure is shown, and the marking follows the statement', () => {
  const sensitive = build({ classification: 'OFFICIAL-SENSITIVE' });
  assert.equal(sensitive.classification, 'OFFICIAL-SENSITIVE');
  const rows = tableCaptioned(
    section(sensitive, 'item-4-1'),
    'Fight crime and reduce offending: measures, Q4 2023/24',
  ).rows;
  assert.deepEqual(rows[2], ['A sensitive count', '12', '–', '–', '–', '–', [{ kind: 'text', text: '–' }]]);
  // A sensitive statement makes the whole report sensitive, and says so in the details table.
  const carried = build({ statement: statement('OFFICIAL-SENSITIVE') });
  assert.equal(carried.classification, 'OFFICIAL-SENSITIVE');
  assert.ok(blockLines(carried).includes('Security classification | Official-Sensitive'));
  assert.ok(blockLines(carried).includes('Disclosable under the Freedom of Information Act? | No'));
});

test('open questions are carried forward under their measures in the body, with their ids; closed ones are not', () => {
  const doc = build();
  const robbery = blockLines(doc, section(doc, 'open-questions-robbery-action-taken'));
  assert.deepEqual(robbery, [
    "A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding the specific measures the force were taking to improve the 'action taken' rates for robbery. The force's position will continue to be monitored by the OPCC. (SQ-001)",
  ]);
  const drugs = blockLines(doc, section(doc, 'open-questions-drug-related-homicide'))[0] ?? '';
  assert.match(
    drugs,
    /^A question was raised in the Q2 2023\/24 OPCC Performance Scrutiny report regarding what arrangements/,
  );
  assert.match(drugs, /2 April 2024/);
  assert.match(drugs, /The OPCC is assured by the response\./);
  assert.match(drugs, /\(SQ-002\)$/);
  assert.match(
    blockLines(doc, section(doc, 'open-questions-general'))[0] ?? '',
    /summer night-time economy.*\(SQ-004\)$/,
  );
  // SQ-003 was closed on 1 May 2024: reported as an event of the window, not carried forward.
  const questions = blockLines(doc, section(doc, 'item-6-3'));
  assert.ok(
    questions.includes("SQ-003 closed on 1 May 2024: a focus on improving the 'action taken' outcome rate."),
  );
  assert.ok(
    questions.includes(
      'SQ-002 answered on 2 April 2024: what arrangements are to be made for the capture of NCPM data in respect of drug related homicide.',
    ),
  );
  assert.ok(
    questions.includes("SQ-004 raised on 20 May 2024: the force's plans for the summer night-time economy."),
  );
  assert.ok(!questions.some((l) => l.endsWith('(SQ-003)')));
  // Headings in measure order (the measures result's order), the general ones last.
  const headings = section(doc, 'item-6-3').flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
  assert.deepEqual(headings, [
    'open-questions-robbery-action-taken',
    'open-questions-drug-related-homicide',
    'open-questions-general',
  ]);
});

test('item 6: weekly meetings counted, Boards and committees listed, the focus topics for the year', () => {
  const doc = build();
  const meetings = section(doc, 'item-6-1');
  assert.ok(
    blockLines(doc, meetings).includes(
      'Since the Panel met on Thursday 7 March 2024, 2 weekly holding to account meetings were held, from 16 April 2024 to 23 April 2024.',
    ),
  );
  assert.deepEqual(
    tableCaptioned(meetings, 'Boards and committees since the Panel met on Thursday 7 March 2024').rows,
    [
      [
        '28 March 2024',
        'Police and Crime Panel Performance and Planning Working Group',
        'Held',
        'The OPCC introduced a report on cybercrime and fraud.',
      ],
      ['10 April 2024', 'Governance and Performance Board', 'Held', 'Focus topic: Road policing'],
      ['8 May 2024', 'Governance and Performance Board', 'Postponed', 'Reason: the pre-election period.'],
      [
        '12 June 2024',
        'Governance and Performance Board',
        'Scheduled',
        'Focus topic: Business / Retail Crime',
      ],
    ],
  );
  const topics = blockLines(doc, section(doc, 'item-6-2'));
  assert.deepEqual(topics.slice(1, 8), [
    'January – No Board recorded',
    'February – No Board recorded',
    'March – Strategic Policing Requirements',
    'April – Road policing',
    'May – N/A (postponed: the pre-election period)',
    'June – Business / Retail Crime',
    'July – To be scheduled',
  ]);
  assert.equal(topics.length, 13);
});

test('item 8 lists engagement by month and item 9 the grant with its amount, locations and updates', () => {
  const doc = build();
  assert.deepEqual(blockLines(doc, section(doc, 'item-8-1')), [
    'May 2024',
    '20 May 2024, Leamington Spa: The ShopKind campaign on business crime, with independent retailers (PCC).',
    'June 2024',
    "3 June 2024, Nuneaton: The Walk of Faith, with the Ba'hai community.",
  ]);
  assert.deepEqual(blockLines(doc, section(doc, 'item-9-1')), [
    'Kind: Grant received',
    'Provider: Home Office',
    'Amount: £1,000,000',
    'Period: 1 April 2024 to 31 March 2025',
    'Reference: hotspot-2024-25',
    'There are 11 locations: 6 in Leamington; 5 in Nuneaton.',
    'Updates since the previous meeting:',
    '1 May 2024: Enhanced patrols began at all 11 locations.',
  ]);
});

test('the front matter: details, purpose and the recommendation to note', () => {
  const doc = build();
  assert.equal(doc.title, "Police and Crime Commissioner's Report");
  assert.equal(doc.subtitle, 'Testshire Police and Crime Panel, Thursday 20 June 2024');
  assert.deepEqual(blockLines(doc, [doc.blocks[0]!]), [
    'Report details',
    'Item | Detail',
    'Meeting | Testshire Police and Crime Panel, Thursday 20 June 2024',
    'Report of | Pat Example, Police and Crime Commissioner',
    'Report date | 11 June 2024',
    'Security classification | Official',
    'Disclosable under the Freedom of Information Act? | Yes',
    'Records reported | 8 March 2024 to 19 June 2024',
    'Performance figures | Q4 2023/24 (January 2024 to March 2024), the latest quarter complete before the meeting',
  ]);
  const intro = blockLines(doc, section(doc, 'introduction'));
  assert.match(
    intro[0] ?? '',
    /with an update on my key activities as Police and Crime Commissioner for Testshire .* since the Panel met on Thursday 7 March 2024\.$/,
  );
  assert.equal(intro.at(-1), 'The Panel is recommended to note this report.');
});

test('Appendix A is the statement, one level down, with its anchors, references and figures renumbered', () => {
  const doc = build();
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'appendix-a');
  assert.equal(doc.blocks[at - 1]?.kind, 'pageBreak');
  const appendix = doc.blocks.slice(at);
  const headings = appendix.flatMap((b) => (b.kind === 'heading' ? [[b.id, b.level]] : []));
  assert.deepEqual(headings, [
    ['appendix-a', 1],
    ['appendix-a-introduction', 2],
    ['appendix-a-force-data', 3],
    ['appendix-a-deep', 4],
    ['appendix-a-deeper', 4],
  ]);
  const figure = appendix.find((b) => b.kind === 'figure');
  assert.equal(figure?.kind === 'figure' && `${figure.id} ${figure.number}`, 'appendix-a-vwi 1');
  const reference = appendix.find(
    (b) => b.kind === 'paragraph' && b.runs.some((r) => r.kind === 'figureRef'),
  );
  assert.deepEqual(reference?.kind === 'paragraph' && reference.runs, [
    { kind: 'text', text: 'See ' },
    { kind: 'figureRef', figureId: 'appendix-a-vwi' },
    { kind: 'text', text: ' and ' },
    { kind: 'link', text: 'the introduction', href: '#appendix-a-introduction' },
    { kind: 'text', text: '.' },
  ]);
  assert.deepEqual(blockLines(doc, appendix.slice(1, 3)), [
    "Q4 2023/24: the Police and Crime Commissioner's statement for Testshire",
    'Office of the Police and Crime Commissioner for Testshire · Q4 2023/24',
  ]);
  assert.deepEqual(checkDocument(doc), []);
});

test('with no earlier Panel recorded, the report draws on every record before the meeting', () => {
  const meetings =
    'meetings:\n  - { id: panel-2024-06-20, type: panel, date: 2024-06-20, status: scheduled }\n';
  const doc = build({ records: records({ ...TEXTS, 'meetings.yaml': meetings }) });
  assert.deepEqual(blockLines(doc, section(doc, 'item-1')), [
    'No decisions, activities or other records have been entered under this item before this meeting.',
  ]);
  assert.ok(blockLines(doc).includes('Records reported | up to 19 June 2024'));
  // The decision of 7 March now counts.
  assert.match(blockLines(doc, section(doc, 'item-10')).join('\n'), /Decided on the previous Panel's day/);
});

test('without a Plan, item 4 says progress cannot be shown and still lists its records', () => {
  const { 'plan.yaml': _plan, ...rest } = TEXTS;
  const withoutObjectives = {
    ...rest,
    'decisions.yaml': (rest['decisions.yaml'] ?? '').replace('objective: fight_crime, ', ''),
    'activities.yaml': (rest['activities.yaml'] ?? '').replace(
      'objective: fight_crime, theme: violent_crime, ',
      '',
    ),
  };
  const doc = build({ records: records(withoutObjectives) });
  const lines = blockLines(doc, section(doc, 'item-4'));
  assert.equal(
    lines[0],
    'No Police and Crime Plan is recorded in the governance records (plan.yaml), so progress against its objectives cannot be shown.',
  );
  assert.equal(lines.length, 3);
});
