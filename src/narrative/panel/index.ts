/** The Commissioner's report to the Police and Crime Panel (docs/panel-report.md). */
export { buildPanelReport, type PanelReportInput } from './buildPanelReport.js';
export type { PanelOffice } from './context.js';
export { isCalendarDay } from './dates.js';
export { choosePanelMeeting, lastDayOf, latestQuarterBefore } from './meeting.js';
