/**
 * Wide published tables (docs/formats.md, "Published tables"): the ONS police force area data tables
 * (.xlsx, tables P1-P10; the accessible CSV of a single sheet such as Table C2) and the Home Office
 * police workforce bulletin tables (.ods). Each is a grid for people, not data: titles, grouped
 * headings, footnote marks. Every table sheet is read into long form (sheetCells.ts), one stored row
 * per (area, column) with the column's header path, so a measure asks for "the Homicide column of P1"
 * without the loader knowing every table. Sheets that are not tables (notes, contents) are passed over.
 * Coverage: per force (countries and regions under 'england-and-wales') for the release's period.
 * A table of counts whose force rows are not the sum of their parts is loaded with a warning (addUp.ts).
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { CoverageEntry, DatasetLoader, LoadResult } from '../loader.js';
import { insertStaged } from '../spreadsheet/insertStaged.js';
import { openTable } from '../spreadsheet/openTable.js';
import { StagingCsv } from '../spreadsheet/stagingCsv.js';
import type { TableRow } from '../spreadsheet/tableRow.js';
import type { InsertColumn } from '../spreadsheet/tableSpec.js';
import { periodOfTitles } from './period.js';
import { isPublishedTableFile } from './recognise.js';
import { readSheetTable, type SheetTable } from './sheetCells.js';

const TABLE = {
  table: 'published_cells',
  insertColumns: [
    { name: 'sheet', type: 'VARCHAR' },
    { name: 'table_id', type: 'VARCHAR' },
    { name: 'table_title', type: 'VARCHAR' },
    { name: 'period_start', type: 'DATE' },
    { name: 'period_end', type: 'DATE' },
    { name: 'area_kind', type: 'VARCHAR' },
    { name: 'area_code', type: 'VARCHAR' },
    { name: 'area_name', type: 'VARCHAR' },
    { name: 'force_slug', type: 'VARCHAR' },
    { name: 'column_label', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'marker', type: 'VARCHAR' },
  ] satisfies InsertColumn[],
};

export const publishedTablesLoader: DatasetLoader = {
  dataset: 'published_tables',
  matches: (fileName, header) => isPublishedTableFile(fileName, header),
  async load(store, file, sourceId, options): Promise<LoadResult> {
    const opened = await openTable(file);
    if ('problem' in opened) return failed([opened.problem]);
    const tables: { sheet: string; table: SheetTable }[] = [];
    for (const sheet of opened.sheets) {
      const rows: TableRow[] = [];
      for await (const batch of sheet.batches) rows.push(...batch);
      const table = readSheetTable(rows);
      if (table) tables.push({ sheet: sheet.name ?? '', table });
    }
    const searched = opened.sheets.map((sheet) => `"${sheet.name ?? file.fileName}"`).join(', ');
    if (tables.length === 0) return failed([messages.ingest.noPublishedTable(file.displayPath, searched)]);
    const period = periodOfTitles(tables.map(({ table }) => table.title));
    if (!period) {
      const where = { file: file.displayPath, line: 1 };
      return failed([messages.ingest.noTablePeriod(where, `"${tables[0]?.table.title ?? ''}"`)]);
    }

    const warnings = tables.flatMap(({ table }) =>
      table.mismatches.map((m) =>
        messages.ingest.partsDoNotAddUp(
          { file: file.displayPath, line: m.line },
          m.forceName,
          m.column,
          m.total,
          m.parts,
        ),
      ),
    );
    const staging = new StagingCsv(options.tmpDir, 'published_tables');
    const coverage = new Map<string, number>();
    try {
      for (const { sheet, table } of tables) {
        for (const cell of table.cells) {
          const { area } = cell;
          staging.add(cell.line, [
            sheet,
            table.tableId,
            table.title,
            period.start,
            period.end,
            area.kind,
            area.code,
            area.name,
            area.forceSlug,
            cell.columnLabel,
            cell.value,
            cell.marker,
          ]);
          coverage.set(area.forceSlug, (coverage.get(area.forceSlug) ?? 0) + 1);
        }
      }
      staging.close();
      if (staging.rows > 0) await insertStaged(store, TABLE, sourceId, staging.path);
    } finally {
      staging.remove();
    }
    const entries: CoverageEntry[] = [...coverage]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([forceSlug, rows]) => ({ forceSlug, period: period.start, rows }));
    return {
      rowsAccepted: staging.rows,
      rowsRejected: 0,
      problems: warnings,
      rejects: [],
      coverage: entries,
      versionKey: period.end,
      firstPeriod: period.start,
      lastPeriod: period.start,
    };
  },
};

function failed(problems: readonly Problem[]): LoadResult {
  return { rowsAccepted: 0, rowsRejected: 0, problems, rejects: [], coverage: [], versionKey: '' };
}
