/**
 * The seven peer forces: the same offence mix and outcome model as Midshire, scaled to each peer's
 * size, crime level and drift. Only what the demo publishes is kept: Home Office counts for every
 * quarter, and police.uk street rows for the last POLICE_UK_PEER_MONTHS months.
 */
import { likelyPoliceUkOutcomeText } from '../catalogue/reference/policeUk.js';
import { type Month, monthsBetween } from '../stats/calendar.js';
import { daysInMonth, firstDayOfMonth } from './days.js';
import { CRIME_TYPE_OF_CODE } from './forceSimulation.js';
import { buildGeography, type Geography, locationCells, pickLsoa, pickPoint } from './geography.js';
import type { HomeOfficeCounts } from './homeOfficeCounts.js';
import { OFFENCE_MIX } from './offenceMix.js';
import { drawOutcome, OUTCOME_TABLES } from './outcomeModel.js';
import { Random } from './random.js';
import { TextBuffer } from './textBuffer.js';
import type { Timeline } from './timeline.js';
import { expectedCount, seasonFactor } from './volumeModel.js';
import type { DemoForce } from './world.js';

const ASB_PER_1000_A_MONTH = 1.2;

export class PeerSimulation {
  private readonly geography: Geography;
  private readonly random: Random;
  private readonly prefix: string;

  constructor(
    seed: number,
    private readonly peer: DemoForce,
    /** Index of the peer in the Home Office counts (Midshire is 0). */
    private readonly index: number,
    private readonly timeline: Timeline,
    private readonly counts: HomeOfficeCounts,
  ) {
    this.geography = buildGeography(
      peer,
      [{ name: peer.area, population: peer.population, box: peer.box }],
      seed,
    );
    this.random = Random.stream(seed, `peer:${peer.slug}`);
    this.prefix = `${peer.name},${peer.name}`;
  }

  /** Generate the month; returns the street file (header, rows) when the month is published. */
  month(month: Month, header: string): TextBuffer | undefined {
    const { cutoffDay, peerWindowStart } = this.timeline;
    const random = this.random;
    const first = firstDayOfMonth(month);
    const days = daysInMonth(month);
    const street = month >= peerWindowStart ? new TextBuffer(header) : undefined;
    OFFENCE_MIX.forEach((entry, code) => {
      const table = OUTCOME_TABLES[entry.family];
      const n = random.poisson(expectedCount(entry, month, this.peer));
      for (let i = 0; i < n; i++) {
        const day = first + random.int(days);
        const drawn = drawOutcome(random, table);
        const outcomeDay = day + drawn.delay;
        const known = outcomeDay <= cutoffDay;
        this.counts.add(this.index, code, day, known ? drawn.type : -1, outcomeDay);
        if (!street) continue;
        let last = 'Under investigation';
        if (known) {
          last = likelyPoliceUkOutcomeText(drawn.type) ?? 'Status update unavailable';
          if (drawn.type === 1 && outcomeDay + 120 <= cutoffDay) last = 'Court result unavailable';
        }
        const lsoa = this.geography.lsoas[pickLsoa(random, this.geography)]!;
        street.push(
          `${random.hex64()},${month},${this.prefix},${locationCells(lsoa, pickPoint(random, lsoa))},${CRIME_TYPE_OF_CODE[code]},${last},\n`,
        );
      }
    });
    if (!street) return undefined;
    const years = monthsBetween('2019-04', month) / 12;
    const asb = random.poisson(
      (ASB_PER_1000_A_MONTH *
        this.peer.population *
        seasonFactor('summer', month) *
        Math.exp(-0.05 * years)) /
        1000,
    );
    for (let i = 0; i < asb; i++) {
      const lsoa = this.geography.lsoas[pickLsoa(random, this.geography)]!;
      street.push(
        `,${month},${this.prefix},${locationCells(lsoa, random.int(lsoa.points.length))},Anti-social behaviour,,\n`,
      );
    }
    return street;
  }
}
