/**
 * The Home Office tables of the demo, counted while the crimes are generated so that they agree
 * with the force extract exactly: offences by force, quarter and code; outcomes by force, quarter,
 * code and outcome type, both as assigned in the quarter and as outcomes of the offences recorded in
 * the quarter (known by the tables' snapshot day, the end of their last quarter).
 */
import type { Timeline } from './timeline.js';

const OUTCOME_TYPES = 23;

export class HomeOfficeCounts {
  readonly recorded: Int32Array;
  readonly assigned: Int32Array;
  readonly ofRecorded: Int32Array;
  private readonly quarters: number;

  constructor(
    readonly forces: number,
    readonly codes: number,
    private readonly timeline: Timeline,
  ) {
    this.quarters = timeline.quarters.length;
    this.recorded = new Int32Array(forces * this.quarters * codes);
    this.assigned = new Int32Array(forces * this.quarters * codes * OUTCOME_TYPES);
    this.ofRecorded = new Int32Array(forces * this.quarters * codes * OUTCOME_TYPES);
  }

  /** One crime recorded on `day`, and its outcome if it has one by the cut-off (outcomeDay >= 0). */
  add(force: number, code: number, day: number, outcome: number, outcomeDay: number): void {
    const { firstDay, quarterOfDay, snapshotDay } = this.timeline;
    const recordedQuarter = quarterOfDay[day - firstDay] ?? -1;
    if (recordedQuarter < 0) return;
    this.recorded[(force * this.quarters + recordedQuarter) * this.codes + code]! += 1;
    if (outcome < 0 || outcomeDay > snapshotDay) return;
    const assignedQuarter = quarterOfDay[outcomeDay - firstDay] ?? -1;
    if (assignedQuarter >= 0)
      this.assigned[
        ((force * this.quarters + assignedQuarter) * this.codes + code) * OUTCOME_TYPES + outcome
      ]! += 1;
    this.ofRecorded[
      ((force * this.quarters + recordedQuarter) * this.codes + code) * OUTCOME_TYPES + outcome
    ]! += 1;
  }

  recordedAt(force: number, quarter: number, code: number): number {
    return this.recorded[(force * this.quarters + quarter) * this.codes + code] ?? 0;
  }

  outcomesAt(
    force: number,
    quarter: number,
    code: number,
    outcome: number,
  ): [assigned: number, ofRecorded: number] {
    const index = ((force * this.quarters + quarter) * this.codes + code) * OUTCOME_TYPES + outcome;
    return [this.assigned[index] ?? 0, this.ofRecorded[index] ?? 0];
  }
}
