/**
 * A streaming scanner for the part of an .ods content.xml that holds table data. It is fed decoded
 * text in chunks and calls back per sheet, row and cell, so a sheet of hundreds of thousands of rows
 * never becomes one string or one object tree (fast-xml-parser, tried first, took 6 s and 500 MB for
 * a 50,000-row sheet; this takes well under a second).
 *
 * It understands what a spreadsheet's content.xml uses: start, end and empty-element tags with
 * attributes in either quote style (a '>' inside a quoted value is allowed), character and entity
 * references, comments and processing instructions (skipped). Text counts only inside `text:p`
 * paragraphs of a cell, and not inside an `office:annotation` (a cell comment).
 */

/** A tag's attributes, read on demand: a data cell has five or six and a loader needs one or two. */
export class XmlAttributes {
  constructor(private readonly text: string) {}

  get(name: string): string | undefined {
    const text = this.text;
    for (let from = 0; ; ) {
      const at = text.indexOf(name, from);
      if (at === -1) return undefined;
      from = at + name.length;
      if (!isSpace(text.charCodeAt(at - 1))) continue;
      let i = from;
      while (isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 61 /* = */) continue; // e.g. office:value-type when asked for office:value
      i++;
      while (isSpace(text.charCodeAt(i))) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") return undefined;
      const end = text.indexOf(quote, i + 1);
      return decodeEntities(text.slice(i + 1, end === -1 ? undefined : end));
    }
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

export interface OdsCellEvent {
  readonly attributes: XmlAttributes;
  /** Paragraphs joined by a line break; `text:s`, `text:tab`, `text:line-break` restored. */
  readonly text: string;
  readonly covered: boolean;
}

export interface OdsScanHandler {
  sheetStart(name: string): void;
  rowStart(attributes: XmlAttributes): void;
  cell(cell: OdsCellEvent): void;
  rowEnd(): void;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

export class OdsXmlScanner {
  private carry = '';
  private inCell = false;
  private cellAttributes = new XmlAttributes('');
  private cellCovered = false;
  private cellText = '';
  private paragraphs = 0;
  private paragraphDepth = 0;
  private annotationDepth = 0;

  constructor(private readonly handler: OdsScanHandler) {}

  feed(chunk: string): void {
    const text = this.carry + chunk;
    let position = 0;
    for (;;) {
      // Text is passed on only once the tag after it has begun, so an entity split across chunks
      // ('&am' + 'p;') is never decoded in halves.
      const open = text.indexOf('<', position);
      if (open === -1) break;
      if (open > position) {
        this.characters(text.slice(position, open));
        position = open;
      }
      const close = tagEnd(text, open);
      if (close === -1) break; // the tag continues in the next chunk
      this.tag(text.slice(open + 1, close));
      position = close + 1;
    }
    this.carry = text.slice(position);
  }

  private characters(text: string): void {
    if (this.inCell && this.paragraphDepth > 0 && this.annotationDepth === 0 && text !== '') {
      this.cellText += decodeEntities(text);
    }
  }

  private tag(body: string): void {
    const first = body.charCodeAt(0);
    if (first === 33 /* ! */ || first === 63 /* ? */) return; // comment, doctype, processing instruction
    if (first === 47 /* / */) {
      this.endTag(body.slice(1).trim());
      return;
    }
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    const nameEnd = body.search(/[\s/]/);
    const name = nameEnd === -1 ? body : body.slice(0, nameEnd);
    const attributesText = body.slice(name.length, selfClosing ? -1 : undefined);
    this.startTag(name, attributesText, selfClosing);
  }

  private startTag(name: string, attributesText: string, selfClosing: boolean): void {
    switch (name) {
      case 'table:table':
        if (!this.inCell) this.handler.sheetStart(new XmlAttributes(attributesText).get('table:name') ?? '');
        return;
      case 'table:table-row':
        if (this.inCell) return;
        this.handler.rowStart(new XmlAttributes(attributesText));
        if (selfClosing) this.handler.rowEnd();
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.inCell) return;
        this.inCell = true;
        this.cellAttributes = new XmlAttributes(attributesText);
        this.cellCovered = name === 'table:covered-table-cell';
        this.cellText = '';
        this.paragraphs = 0;
        if (selfClosing) this.endCell();
        return;
    }
    if (!this.inCell) return;
    if (name === 'office:annotation') {
      if (!selfClosing) this.annotationDepth++;
    } else if (this.annotationDepth > 0) {
      // inside a cell comment: nothing counts
    } else if (name === 'text:p' || name === 'text:h') {
      if (this.paragraphs++ > 0) this.cellText += '\n';
      if (!selfClosing) this.paragraphDepth++;
    } else if (this.paragraphDepth > 0) {
      if (name === 'text:s')
        this.cellText += ' '.repeat(Number(new XmlAttributes(attributesText).get('text:c') ?? '1'));
      else if (name === 'text:tab') this.cellText += '\t';
      else if (name === 'text:line-break') this.cellText += '\n';
    }
  }

  private endTag(name: string): void {
    if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      if (this.inCell) this.endCell();
    } else if (name === 'table:table-row') {
      if (!this.inCell) this.handler.rowEnd();
    } else if (this.inCell) {
      if (name === 'office:annotation') this.annotationDepth = Math.max(0, this.annotationDepth - 1);
      else if ((name === 'text:p' || name === 'text:h') && this.annotationDepth === 0)
        this.paragraphDepth = Math.max(0, this.paragraphDepth - 1);
    }
  }

  private endCell(): void {
    this.inCell = false;
    this.paragraphDepth = 0;
    this.annotationDepth = 0;
    this.handler.cell({ attributes: this.cellAttributes, text: this.cellText, covered: this.cellCovered });
  }
}

/** Index of the '>' closing the tag opened at `open`, skipping quoted attribute values; -1 if not yet. */
function tagEnd(text: string, open: number): number {
  if (text.startsWith('<!--', open)) {
    const end = text.indexOf('-->', open + 4);
    return end === -1 ? -1 : end + 2;
  }
  let quote = 0;
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return i;
    }
  }
  return -1;
}
