/**
 * An RFC 4180 CSV tokenizer fed one decoded chunk at a time, so a 400,000-row force extract never has
 * to sit in memory as one string. It keeps what validation needs and DuckDB's reader does not give:
 * the physical line each record starts on (header = line 1; a quoted value spanning lines counts
 * every line it spans), the record's raw text for the rejects file, and a precise report of quoting
 * mistakes instead of a guess.
 *
 * Line endings may be LF, CRLF or CR. Empty lines are skipped (they are not rows). A quote inside an
 * unquoted value is kept as text, as Excel does; text after a closing quote is a `stray-quote` error;
 * a quote never closed is an `unterminated-quote` error on the line where the value opened.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: string[];
  /** The record's text without its line ending. */
  readonly raw: string;
  readonly error?: CsvSyntaxError;
}

export interface CsvSyntaxError {
  readonly kind: 'unterminated-quote' | 'stray-quote';
  /** 0-based index of the field at fault. */
  readonly fieldIndex: number;
  /** For a stray quote: the text that follows the closing quote. */
  readonly found?: string;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Inside a quoted value, just after a quote: an escaped quote ("") or the closing one. */
  QuoteInQuoted,
  /** After a stray quote's value: read on to the comma, keeping the text. */
  AfterClosingQuote,
}

export class CsvTokenizer {
  private state = State.FieldStart;
  private fields: string[] = [];
  /** The current field's text from earlier chunks (and before an escaped quote). */
  private field = '';
  private raw = '';
  private line = 1;
  private recordLine = 1;
  private recordStarted = false;
  private skipLineFeed = false;
  private error: CsvSyntaxError | undefined;
  /** Where, in the current field's text, the text after a closing quote begins. */
  private strayOffset = 0;

  constructor(private readonly emit: (record: CsvRecord) => void) {}

  feed(chunk: string): void {
    let segmentStart = 0; // start of the current field's unflushed text in this chunk
    let rawStart = 0; // start of the current record's text in this chunk
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (code === LF) {
          segmentStart = rawStart = i + 1;
          continue;
        }
      }
      if (this.state === State.FieldStart && !this.recordStarted) {
        // Fast path for the common case, a whole line without quotes: let the engine split it.
        const end = chunk.indexOf('\n', i);
        if (end !== -1) {
          const text = chunk.slice(i, end > i && chunk.charCodeAt(end - 1) === CR ? end - 1 : end);
          if (text.indexOf('"') === -1 && text.indexOf('\r') === -1) {
            if (text.length > 0) this.emit({ line: this.line, fields: text.split(','), raw: text });
            this.line++;
            i = end;
            segmentStart = rawStart = end + 1;
            continue;
          }
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (!this.recordStarted) {
            if (code === LF || code === CR) {
              // An empty line: not a record.
              this.line++;
              this.skipLineFeed = code === CR;
              segmentStart = rawStart = i + 1;
              continue;
            }
            this.recordStarted = true;
            this.recordLine = this.line;
            rawStart = i;
          }
          if (code === QUOTE) {
            this.state = State.Quoted;
            segmentStart = i + 1;
          } else if (code === COMMA) {
            this.fields.push('');
            segmentStart = i + 1;
          } else if (code === LF || code === CR) {
            this.fields.push('');
            this.endRecord(chunk.slice(rawStart, i), code);
            segmentStart = rawStart = i + 1;
          } else {
            this.state = State.Unquoted;
            segmentStart = i;
          }
          break;
        case State.Unquoted:
        case State.AfterClosingQuote:
          if (code === COMMA || code === LF || code === CR) {
            this.endField(chunk.slice(segmentStart, i));
            segmentStart = i + 1;
            if (code !== COMMA) {
              this.endRecord(chunk.slice(rawStart, i), code);
              rawStart = i + 1;
            }
          }
          break;
        case State.Quoted:
          if (code === QUOTE) {
            this.field += chunk.slice(segmentStart, i);
            this.state = State.QuoteInQuoted;
          } else if (code === LF) {
            this.line++;
          }
          break;
        case State.QuoteInQuoted:
          if (code === QUOTE) {
            // An escaped quote: keep one, stay inside the value.
            this.field += '"';
            this.state = State.Quoted;
            segmentStart = i + 1;
          } else if (code === COMMA || code === LF || code === CR) {
            this.endField('');
            segmentStart = i + 1;
            if (code !== COMMA) {
              this.endRecord(chunk.slice(rawStart, i), code);
              rawStart = i + 1;
            }
          } else {
            this.error ??= { kind: 'stray-quote', fieldIndex: this.fields.length };
            this.strayOffset = this.field.length;
            this.state = State.AfterClosingQuote;
            segmentStart = i;
          }
          break;
      }
    }
    // Carry the unfinished field and record into the next chunk.
    if (
      this.state === State.Unquoted ||
      this.state === State.Quoted ||
      this.state === State.AfterClosingQuote
    ) {
      this.field += chunk.slice(segmentStart, length);
    }
    if (this.recordStarted) this.raw += chunk.slice(rawStart, length);
  }

  /** Call once after the last chunk. */
  end(): void {
    if (this.state === State.Quoted) {
      this.error ??= { kind: 'unterminated-quote', fieldIndex: this.fields.length };
      this.endField('');
      this.finishRecord();
      return;
    }
    if (!this.recordStarted) return;
    if (this.state === State.FieldStart) this.fields.push('');
    else this.endField('');
    this.finishRecord();
  }

  private endField(tail: string): void {
    const value = this.field + tail;
    if (
      this.state === State.AfterClosingQuote &&
      this.error?.kind === 'stray-quote' &&
      this.error.found === undefined
    ) {
      this.error = { ...this.error, found: value.slice(this.strayOffset) };
    }
    this.fields.push(value);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(rawTail: string, terminator: number): void {
    this.raw += rawTail;
    this.finishRecord();
    this.line++;
    this.skipLineFeed = terminator === CR;
  }

  private finishRecord(): void {
    const record: CsvRecord = {
      line: this.recordLine,
      fields: this.fields,
      raw: this.raw,
      ...(this.error ? { error: this.error } : {}),
    };
    this.fields = [];
    this.raw = '';
    this.error = undefined;
    this.recordStarted = false;
    this.state = State.FieldStart;
    this.emit(record);
  }
}
