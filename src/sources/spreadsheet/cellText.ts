/**
 * One workbook cell as the text a loader validates. Numbers are written plainly, whatever the cell's
 * display format ("12,345" in the sheet is 12345 here), so a count reads the same from .csv, .xlsx
 * and .ods. Dates become YYYY-MM-DD.
 */

/** A number as plain decimal text: integers without exponent or grouping. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

/** A date cell's calendar day. Spreadsheet dates carry no zone: read the UTC fields. */
export function dateText(value: Date): string {
  return value.toISOString().slice(0, 10);
}
