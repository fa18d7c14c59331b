/**
 * A force extract, written by code, whose figures are the reference report's for Q4 2023/24 (Appendix
 * A of the Commissioner's report to the Panel of 20 June 2024; test/fixtures/commentary/
 * reference-q4-2023-24 holds its text). Every number below is the report's, or chosen by hand so the
 * report's rates come out (worked beside each). Months not pinned share the rest of their financial
 * year evenly. Offence codes are picked so that no crime counts in two measures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, type Month, monthRange } from '../../src/stats/calendar.js';

interface MeasureSpec {
  readonly code: string;
  readonly flags?: string;
  /** Financial-year totals. */
  readonly years: Readonly<Record<'2022/23' | '2023/24', number>>;
  /** Months whose count is fixed. */
  readonly pinned?: Readonly<Record<Month, number>>;
  /** 'Action taken' outcomes (type 1, charged) assigned in the month of recording. */
  readonly actionTaken?: Readonly<Record<Month, number>>;
}

const SPECS: readonly MeasureSpec[] = [
  // Homicide: five in 2023/24, four in 2022/23, none in Q4 2023/24.
  { code: '1', years: { '2022/23': 4, '2023/24': 5 }, pinned: { '2024-01': 0, '2024-02': 0, '2024-03': 0 } },
  // Violence with injury: 4,714 then 4,855 (+3%); February 360, March 369 (+2.5%); the 3-month
  // rolling 'action taken' rate to March: (79 + 78 + 80) / (380 + 360 + 369) = 237 / 1,109 = 21.4%.
  {
    code: '8N',
    years: { '2022/23': 4714, '2023/24': 4855 },
    pinned: { '2024-01': 380, '2024-02': 360, '2024-03': 369 },
    actionTaken: { '2024-01': 79, '2024-02': 78, '2024-03': 80 },
  },
  // Robbery: 330 then 347 (+5%); February 25, March 40 (+60%).
  { code: '34B', years: { '2022/23': 330, '2023/24': 347 }, pinned: { '2024-02': 25, '2024-03': 40 } },
  // Knife crime: February 22, March 21 (-4.5%, which the report rounds to -5%).
  {
    code: '3B',
    flags: 'knife',
    years: { '2022/23': 264, '2023/24': 264 },
    pinned: { '2024-02': 22, '2024-03': 21 },
  },
  // Firearms: 53 then 64, which is +21% (n=+11): the report's '+20%' is its third error. 16 in Q4.
  {
    code: '10A',
    flags: 'firearm',
    years: { '2022/23': 53, '2023/24': 64 },
    pinned: { '2024-01': 5, '2024-02': 6, '2024-03': 5 },
  },
  // Burglary (Home): 1,130 then 1,107 (-2%); February 100, March 94 (-6%); rolling rate to March
  // (7 + 7 + 8) / (103 + 100 + 94) = 22 / 297 = 7.4%.
  {
    code: '28E',
    years: { '2022/23': 1130, '2023/24': 1107 },
    pinned: { '2024-01': 103, '2024-02': 100, '2024-03': 94 },
    actionTaken: { '2024-01': 7, '2024-02': 7, '2024-03': 8 },
  },
  // Vehicle crime: 4,700 then 4,090 (-13%); February 292, March 379 (+30%); in-month rate in March
  // 11 / 379 = 2.9%, rolling (4 + 4 + 11) / (320 + 292 + 379) = 19 / 991 = 1.9%.
  {
    code: '45',
    years: { '2022/23': 4700, '2023/24': 4090 },
    pinned: { '2024-01': 320, '2024-02': 292, '2024-03': 379 },
    actionTaken: { '2024-01': 4, '2024-02': 4, '2024-03': 11 },
  },
  // Theft from the person: 258 both years; February 13, March 9 (-31%).
  { code: '39', years: { '2022/23': 258, '2023/24': 258 }, pinned: { '2024-02': 13, '2024-03': 9 } },
];

/** Rolling 6 months to March 2024, 100 responses a month: 451/600 = 75%, 382/600 = 64%, ... */
const SATISFIED_OF_600: Readonly<Record<string, number>> = {
  domestic_abuse: 451,
  vehicle_crime: 382,
  violence: 410,
  burglary: 450,
  hate_crime: 432,
};

const YEARS = { '2022/23': ['2022-04', '2023-03'], '2023/24': ['2023-04', '2024-03'] } as const;

/** Monthly counts of a spec: pinned months as given, the rest of each year shared evenly. */
export function monthlyCounts(spec: MeasureSpec): Map<Month, number> {
  const out = new Map<Month, number>();
  for (const [label, [first, last]] of Object.entries(YEARS) as [
    keyof typeof YEARS,
    readonly [Month, Month],
  ][]) {
    const months = monthRange(first, last);
    const pinned = spec.pinned ?? {};
    const free = months.filter((m) => pinned[m] === undefined);
    let rest = spec.years[label] - months.reduce((s, m) => s + (pinned[m] ?? 0), 0);
    free.forEach((m, i) => {
      const share = Math.round(rest / (free.length - i));
      out.set(m, share);
      rest -= share;
    });
    for (const m of months) if (pinned[m] !== undefined) out.set(m, pinned[m]);
  }
  return out;
}

/** Writes data/force-extract-2024-05-05/{crimes,satisfaction}.csv into the workspace. */
export function writeReferenceExtract(workspace: string): string {
  const dir = join(workspace, 'data', 'force-extract-2024-05-05');
  mkdirSync(dir, { recursive: true });
  const lines = ['crime_ref,recorded_date,offence_code,district,lsoa_code,outcome_code,outcome_date,flags'];
  let ref = 0;
  for (const spec of SPECS) {
    for (const [month, count] of monthlyCounts(spec)) {
      const actions = spec.actionTaken?.[month] ?? 0;
      for (let i = 0; i < count; i++) {
        ref += 1;
        const day = String(1 + (i % 28)).padStart(2, '0');
        // Outcomes are assigned in the month of recording, so the month's rate is actions / count.
        const outcome = i < actions ? `1,${month}-28` : `18,${addMonths(month, 1)}-15`;
        lines.push(
          `REF${String(ref).padStart(6, '0')},${month}-${day},${spec.code},Warwick,,${outcome},${spec.flags ?? ''}`,
        );
      }
    }
  }
  writeFileSync(join(dir, 'crimes.csv'), `${lines.join('\n')}\n`);
  const survey = ['month,cohort,responses,satisfied'];
  for (const month of monthRange('2023-10', '2024-03'))
    for (const [cohort, of600] of Object.entries(SATISFIED_OF_600)) {
      const index = monthRange('2023-10', '2024-03').indexOf(month);
      // Spread the satisfied over six months: the first months take the remainder.
      const satisfied = Math.floor(of600 / 6) + (index < of600 % 6 ? 1 : 0);
      survey.push(`${month},${cohort},100,${satisfied}`);
    }
  writeFileSync(join(dir, 'satisfaction.csv'), `${survey.join('\n')}\n`);
  return dir;
}

/** A workspace for Warwickshire (the reference report's force) holding the reference extract, not yet ingested. */
export function writeReferenceWorkspace(workspace: string): void {
  mkdirSync(workspace, { recursive: true });
  writeFileSync(
    join(workspace, 'scrutiny.config.yaml'),
    'force:\n  name: Warwickshire Police\n  slug: warwickshire\n  area: Warwickshire\n  population: 596773\n',
  );
  writeReferenceExtract(workspace);
}
