/**
 * The rows rowChecks.ts found faulty, as rejected rows with their problem. A value the INSERT could
 * not convert is stored as NULL, so its text is read back from the file (only for files with such
 * rows) to say what was found.
 */
import { messages } from '../../errors/messages.js';
import { quoteFound } from '../../errors/problem.js';
import type { IngestFile, RejectedRow } from '../loader.js';
import { readCsvRows } from '../spreadsheet/readCsv.js';
import type { RowFault } from './rowChecks.js';
import type { PoliceUkSpec } from './specs.js';

export async function faultRejects(
  spec: PoliceUkSpec,
  file: IngestFile,
  faults: readonly RowFault[] = [],
): Promise<RejectedRow[]> {
  const unconverted = faults.filter((f) => f.kind === 'unconverted').map((f) => f.line);
  const fields = unconverted.length > 0 ? await fieldsAt(file, new Set(unconverted)) : new Map();
  return faults.map((fault) => {
    const where = { file: file.displayPath, line: fault.line };
    if (fault.kind === 'other-month')
      return { line: fault.line, problem: messages.ingest.otherMonth(where, fault.expected, fault.found) };
    const checked = spec.checked.find((c) => c.header === fault.header);
    const value = checked ? fields.get(fault.line)?.[checked.index] : undefined;
    const problem =
      fault.kind === 'unconverted' && checked && value !== undefined && value !== ''
        ? messages.ingest.badDate(where, fault.header, checked.expected, quoteFound(value))
        : messages.ingest.missingValue(where, fault.header, checked?.expected ?? 'a value');
    return { line: fault.line, problem };
  });
}

async function fieldsAt(
  file: IngestFile,
  lines: ReadonlySet<number>,
): Promise<Map<number, readonly string[]>> {
  const found = new Map<number, readonly string[]>();
  for await (const batch of readCsvRows(file.diskPath, file.encoding))
    for (const row of batch) if (lines.has(row.line)) found.set(row.line, row.fields);
  return found;
}
