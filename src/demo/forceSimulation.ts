/**
 * Midshire's crimes, one month at a time: how many of each code, on which day, in which district
 * and small area, with which flags, and how and when each ends. Each crime is written to crimes.csv
 * as it is made, counted for the Home Office tables, and, inside the police.uk window, turned into a
 * street row and outcome rows (an outcome row lands in the month it was assigned, so outcomes of
 * earlier crimes wait in `pendingOutcomes` until their month's file is written).
 */
import { CRIME_FLAGS, POLICE_UK_OUTCOMES_COLUMNS } from '../catalogue/formats.js';
import { offenceCode } from '../catalogue/reference/offenceCodeLookup.js';
import { likelyPoliceUkOutcomeText } from '../catalogue/reference/policeUk.js';
import { addMonths, type Month, monthsBetween } from '../stats/calendar.js';
import type { CsvFile } from './csvOut.js';
import { daysInMonth, firstDayOfMonth } from './days.js';
import { buildGeography, type Geography, locationCells, pickLsoaInDistrict, pickPoint } from './geography.js';
import type { HomeOfficeCounts } from './homeOfficeCounts.js';
import { OFFENCE_MIX } from './offenceMix.js';
import { drawOutcome, OUTCOME_TABLES } from './outcomeModel.js';
import { cumulativeOf, pickWeighted, Random } from './random.js';
import { TextBuffer } from './textBuffer.js';
import type { Timeline } from './timeline.js';
import { expectedCount, seasonFactor } from './volumeModel.js';
import { DISTRICTS, MIDSHIRE } from './world.js';

const FLAG_TABLE = OFFENCE_MIX.map((entry) =>
  CRIME_FLAGS.flatMap((flag) => {
    const share = flag === 'exceptional_incident' ? undefined : entry.flags[flag];
    return share ? [[flag, share] as const] : [];
  }),
);
export const CRIME_TYPE_OF_CODE = OFFENCE_MIX.map(
  (entry) => offenceCode(entry.code)?.policeUkCategory ?? 'Other crime',
);
const MURDER = OFFENCE_MIX.findIndex((entry) => entry.code === '1');
/** Victims of the one multi-victim homicide incident. */
export const EXCEPTIONAL_VICTIMS = 4;
const ASB_PER_MONTH = 640;

interface Crime {
  readonly day: number;
  readonly code: number;
  readonly district: number;
  readonly lsoa: number;
  readonly flags: string;
  readonly outcome: number;
  readonly outcomeDay: number;
}

export class ForceSimulation {
  readonly geography: Geography;
  private readonly random: Random;
  private readonly ids: Random;
  private readonly pending = new Map<Month, TextBuffer>();
  private readonly districtPick: Float64Array;
  private readonly urbanPick: Float64Array;
  private readonly incidentMonth: Month;
  private readonly outcomesHeader = `${POLICE_UK_OUTCOMES_COLUMNS.join(',')}\n`;
  private sequenceYear = 0;
  private sequence = 0;
  private readonly prefix: string;

  constructor(
    seed: number,
    private readonly timeline: Timeline,
    private readonly counts: HomeOfficeCounts,
    private readonly crimesCsv: CsvFile,
  ) {
    this.geography = buildGeography(MIDSHIRE, DISTRICTS, seed);
    this.random = Random.stream(seed, 'force-crimes');
    this.ids = Random.stream(seed, 'force-ids');
    this.districtPick = cumulativeOf(DISTRICTS.map((d) => d.population));
    this.urbanPick = cumulativeOf(DISTRICTS.map((d) => d.population * d.urban));
    // The one incident with several victims, some time from mid-2021 to early 2024.
    const latest = monthsBetween('2021-06', addMonths(timeline.endMonth, -3));
    this.incidentMonth = addMonths('2021-06', Random.stream(seed, 'incident').int(Math.min(latest, 33) + 1));
    this.prefix = `${MIDSHIRE.name},${MIDSHIRE.name}`;
  }

  /** Generate the month's crimes; returns its police.uk street rows when inside the window. */
  month(month: Month, header: string): TextBuffer | undefined {
    const crimes = this.draw(month);
    const street = month >= this.timeline.forceWindowStart ? new TextBuffer(header) : undefined;
    for (const crime of crimes) {
      this.writeExtractRow(crime);
      this.counts.add(0, crime.code, crime.day, crime.outcome, crime.outcomeDay);
      this.publish(crime, month, street);
    }
    if (!street) return undefined;
    this.antiSocialBehaviour(month, street);
    return street;
  }

  /** The outcomes file of `month`: its header, then the outcome rows assigned in the month. */
  outcomesOf(month: Month): TextBuffer {
    const rows = this.pending.get(month) ?? new TextBuffer(this.outcomesHeader);
    this.pending.delete(month);
    return rows;
  }

  private draw(month: Month): Crime[] {
    const first = firstDayOfMonth(month);
    const days = daysInMonth(month);
    const crimes: Crime[] = [];
    OFFENCE_MIX.forEach((entry, code) => {
      const n = this.random.poisson(expectedCount(entry, month, MIDSHIRE));
      for (let i = 0; i < n; i++) crimes.push(this.crime(code, first + this.random.int(days), entry.urban));
    });
    if (month === this.incidentMonth) {
      const day = first + this.random.int(days);
      const lsoa = pickLsoaInDistrict(this.random, this.geography, 2);
      for (let v = 0; v < EXCEPTIONAL_VICTIMS; v++)
        crimes.push({
          day,
          code: MURDER,
          district: 2,
          lsoa,
          flags: 'exceptional_incident',
          outcome: 1,
          outcomeDay: day + 9,
        });
    }
    // Stable sort: same day keeps code order, so the file is the same for the same seed.
    return crimes.sort((a, b) => a.day - b.day);
  }

  private crime(code: number, day: number, urban: boolean): Crime {
    const random = this.random;
    const district = pickWeighted(random, urban ? this.urbanPick : this.districtPick);
    const lsoa = pickLsoaInDistrict(random, this.geography, district);
    const flags: string[] = [];
    for (const [flag, share] of FLAG_TABLE[code] ?? []) if (random.chance(share)) flags.push(flag);
    const entry = OFFENCE_MIX[code]!;
    const drawn = drawOutcome(random, OUTCOME_TABLES[entry.family]);
    const outcomeDay = day + drawn.delay;
    const known = outcomeDay <= this.timeline.cutoffDay;
    return {
      day,
      code,
      district,
      lsoa,
      flags: flags.join(';'),
      outcome: known ? drawn.type : -1,
      outcomeDay: known ? outcomeDay : -1,
    };
  }

  private writeExtractRow(crime: Crime): void {
    const { isoDates, firstDay } = this.timeline;
    const recorded = isoDates[crime.day - firstDay]!;
    const year = Number(recorded.slice(0, 4));
    if (year !== this.sequenceYear) {
      this.sequenceYear = year;
      this.sequence = 0;
    }
    this.sequence++;
    const ref = `MD/${year}/${String(this.sequence).padStart(6, '0')}`;
    const outcome = crime.outcome < 0 ? ',' : `${crime.outcome},${isoDates[crime.outcomeDay - firstDay]}`;
    const lsoa = this.geography.lsoas[crime.lsoa]!;
    this.crimesCsv.counted(
      `${ref},${recorded},${OFFENCE_MIX[crime.code]!.code},${DISTRICTS[crime.district]!.name},${lsoa.code},${outcome},${crime.flags}\n`,
    );
  }

  /** The crime as police.uk shows it: a street row (in the window) and its outcome rows. */
  private publish(crime: Crime, month: Month, street: TextBuffer | undefined): void {
    const { monthOfDay, firstDay, cutoffDay, forceWindowStart } = this.timeline;
    const outcomeMonth = crime.outcome < 0 ? undefined : monthOfDay[crime.outcomeDay - firstDay];
    if (!street && (outcomeMonth === undefined || outcomeMonth < forceWindowStart)) return;
    const id = this.ids.hex64();
    const lsoa = this.geography.lsoas[crime.lsoa]!;
    const where = locationCells(lsoa, pickPoint(this.ids, lsoa));
    let last = 'Under investigation';
    if (outcomeMonth !== undefined) {
      last = likelyPoliceUkOutcomeText(crime.outcome) ?? 'Status update unavailable';
      this.outcomeRow(outcomeMonth, id, where, last);
      if (crime.outcome === 1) {
        // Court results are not published: a charge is later shown as 'Court result unavailable'.
        const courtDay = crime.outcomeDay + 30 + Math.floor(this.ids.exponential(90));
        if (courtDay <= cutoffDay) {
          last = 'Court result unavailable';
          this.outcomeRow(monthOfDay[courtDay - firstDay]!, id, where, last);
        }
      }
    }
    street?.push(`${id},${month},${this.prefix},${where},${CRIME_TYPE_OF_CODE[crime.code]},${last},\n`);
  }

  private outcomeRow(month: Month, id: string, where: string, text: string): void {
    if (month < this.timeline.forceWindowStart) return;
    let rows = this.pending.get(month);
    if (!rows) {
      rows = new TextBuffer(this.outcomesHeader);
      this.pending.set(month, rows);
    }
    rows.push(`${id},${month},${this.prefix},${where},${text}\n`);
  }

  private antiSocialBehaviour(month: Month, street: TextBuffer): void {
    const years = monthsBetween('2019-04', month) / 12;
    const n = this.ids.poisson(ASB_PER_MONTH * seasonFactor('summer', month) * Math.exp(-0.05 * years));
    for (let i = 0; i < n; i++) {
      const lsoa = this.geography.lsoas[pickWeighted(this.ids, this.geography.all)]!;
      street.push(
        `,${month},${this.prefix},${locationCells(lsoa, this.ids.int(lsoa.points.length))},Anti-social behaviour,,\n`,
      );
    }
  }
}
