/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, double quotes around any cell holding a
 * comma, quote or line break, CRLF line ends, UTF-8 with no byte order mark. Numbers are written in
 * full precision without thousands separators; a missing value is an empty cell. A text cell that
 * a spreadsheet would run as a formula (starting = + - @) gets a leading apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
