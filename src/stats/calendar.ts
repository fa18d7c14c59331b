/**
 * The calendar of the statistics engine: months 'YYYY-MM', financial years (April to March,
 * '2023/24'), financial quarters (Q1 = April to June, 'Q4 2023/24'), periods and their labels, and
 * the Europe/London month of an instant. Pure: no clock, no process time zone.
 */
export * from './calendar/financialYear.js';
export * from './calendar/londonMonth.js';
export * from './calendar/month.js';
export * from './calendar/parsePeriod.js';
export * from './calendar/period.js';
