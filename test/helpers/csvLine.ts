/**
 * One CSV line split into fields, honouring double quotes ("London, City of") and doubled quotes:
 * the few lines of code real-data tests count with, independently of the project's CSV tokenizer.
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** A whole CSV text as rows of fields, where a quoted field may hold line breaks (ONS header cells). */
export function splitCsvText(text: string): string[][] {
  const rows: string[][] = [];
  let record = '';
  let quotes = 0;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    record = quotes % 2 === 1 ? `${record}\n${line}` : line;
    quotes += [...line].filter((c) => c === '"').length;
    if (quotes % 2 === 1) continue;
    if (record !== '') rows.push(splitCsvLine(record));
    record = '';
    quotes = 0;
  }
  return rows;
}
