/**
 * Which files are wide published tables. A CSV is known by its first line: a table title
 * ('Table C2: Number of police recorded crimes ...'). A workbook cannot be peeked into cheaply, so
 * it is known by the names the ONS and the Home Office publish them under: 'policeforceareatables...'
 * (ONS police force area data tables) and '...workforce...' (the bulletin tables; the workforce open
 * data table is recognised before this, by homeOffice/workforceLoader.ts).
 */
import { tableKind } from '../spreadsheet/openTable.js';
import { tableIdOfTitle } from './sheetCells.js';

const WORKBOOK_NAME = /police[-_ ]?force[-_ ]?area[-_ ]?tables|pfa[-_ ]?(data[-_ ]?)?tables|workforce/i;

export function isPublishedTableFile(fileName: string, header: readonly string[]): boolean {
  const kind = tableKind(fileName);
  if (kind === 'csv') return tableIdOfTitle(header[0] ?? '') !== undefined;
  return (kind === 'xlsx' || kind === 'ods') && isPublishedWorkbookName(fileName);
}

export function isPublishedWorkbookName(fileName: string): boolean {
  return WORKBOOK_NAME.test(fileName);
}
