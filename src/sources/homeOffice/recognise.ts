/**
 * Which Home Office table a file is. A CSV is known by its header (the outcomes table adds outcome
 * columns to the recorded-crime ones). A workbook's header is not on a fixed row, and the pipeline
 * cannot peek inside it cheaply, so a workbook is known by its name: 'outcome' in the name means the
 * outcomes table; the workforce and published-table workbook names belong to their own loaders; any
 * other .ods/.xlsx is the recorded crime table (docs/formats.md).
 */
import { HO_OUTCOMES_COLUMNS, HO_RECORDED_CRIME_COLUMNS } from '../../catalogue/formats.js';
import { isPublishedWorkbookName } from '../publishedTables/recognise.js';
import { looksLikeHeader, normaliseHeaderName } from '../spreadsheet/headerMatch.js';
import { tableKind } from '../spreadsheet/openTable.js';

type HomeOfficeTable = 'recorded-crime' | 'outcomes';

export function recogniseHomeOfficeTable(
  fileName: string,
  header: readonly string[],
): HomeOfficeTable | undefined {
  const kind = tableKind(fileName);
  if (kind === 'xlsx' || kind === 'ods') {
    if (isWorkforceOpenDataName(fileName) || isPublishedWorkbookName(fileName)) return undefined;
    return /outcome/i.test(fileName) ? 'outcomes' : 'recorded-crime';
  }
  if (kind !== 'csv') return undefined;
  const hasOutcomeColumns = header.some((cell) => normaliseHeaderName(cell).startsWith('outcome '));
  if (hasOutcomeColumns) return looksLikeHeader(HO_OUTCOMES_COLUMNS, header) ? 'outcomes' : undefined;
  return looksLikeHeader(HO_RECORDED_CRIME_COLUMNS, header) ? 'recorded-crime' : undefined;
}

/** The workforce open data table's published names: 'open-data-table-police-workforce-260723.ods'. */
export function isWorkforceOpenDataName(fileName: string): boolean {
  return /workforce/i.test(fileName) && /open[-_ ]?data/i.test(fileName);
}
