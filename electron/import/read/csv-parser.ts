import type { SourceRow } from './table-source';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where the parser stands between two characters. */
const enum State {
  /** At the start of a field (also the start of a record). */
  FieldStart,
  /** Inside a field that did not start with a quote. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: either the first half of `""` or the field's end. */
  QuoteInQuoted,
}

export interface CsvParserOptions {
  /** One character. */
  delimiter: string;
  /** A field longer than this makes its row a problem row instead of growing memory without bound. */
  maxFieldChars?: number;
  /** A record with more fields than this is a problem row (Excel's own limit by default). */
  maxFields?: number;
}

export const DEFAULT_MAX_FIELD_CHARS = 1024 * 1024;
const DEFAULT_MAX_FIELDS = 16_384;

/**
 * RFC 4180 records from decoded text given in chunks of any size: quoted fields with embedded line
 * breaks and `""` escapes, CRLF, LF or CR line endings. Fields are sliced out of the chunk, never
 * built a character at a time; only a field that spans chunks (or holds `""`) is concatenated.
 *
 * Lenient where files in the wild are: a quote inside an unquoted field, or text after a closing
 * quote, is kept as text. Completely empty lines are skipped (they still count as lines).
 * `rowNumber` is the line a record starts on, as a person counts lines (the first line is 1), so a
 * record with an embedded line break covers its own line and the next ones.
 */
export class CsvParser {
  private readonly delimiter: number;
  private readonly maxFieldChars: number;
  private readonly maxFields: number;
  private state = State.FieldStart;
  private cells: string[] = [];
  /** Text of the current field taken from earlier chunks (or earlier segments around `""`). */
  private carry = '';
  /** The current field already passed `maxFieldChars`: its text is dropped, the row flagged. */
  private discarding = false;
  private problem: string | undefined = undefined;
  private line = 1;
  private recordLine = 1;
  /** The previous chunk ended with CR: a LF at the start of this one belongs to the same break. */
  private pendingCR = false;

  constructor(options: CsvParserOptions) {
    if (options.delimiter.length !== 1) throw new Error('A CSV delimiter is one character.');
    this.delimiter = options.delimiter.charCodeAt(0);
    this.maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
    this.maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
  }

  /** Parses one chunk; complete records are pushed onto `out`. */
  push(chunk: string, out: SourceRow[]): void {
    const n = chunk.length;
    const delimiter = this.delimiter;
    let state = this.state;
    let i = 0;
    const prevCR = this.pendingCR;
    if (n > 0) this.pendingCR = chunk.charCodeAt(n - 1) === CR;
    // The LF of a CRLF split between chunks: the break was counted at the CR.
    if (prevCR && state === State.FieldStart && n > 0 && chunk.charCodeAt(0) === LF) i = 1;
    // Start of the current field's text (or of the current segment of a quoted field) in `chunk`.
    let start = i;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      switch (state) {
        case State.FieldStart:
          if (c === QUOTE) {
            state = State.Quoted;
            start = i + 1;
          } else if (c === delimiter) {
            this.pushField('');
            start = i + 1;
          } else if (c === CR || c === LF) {
            this.line++;
            // An empty line before any field is no record; after a delimiter it ends one with an empty last field.
            if (this.cells.length > 0) {
              this.pushField('');
              this.emit(out);
            } else {
              this.recordLine = this.line;
            }
            if (c === CR && i + 1 < n && chunk.charCodeAt(i + 1) === LF) i++;
            start = i + 1;
          } else {
            state = State.Unquoted;
            start = i;
          }
          break;
        case State.Unquoted:
          if (c === delimiter) {
            this.pushField(chunk.slice(start, i));
            state = State.FieldStart;
            start = i + 1;
          } else if (c === CR || c === LF) {
            this.pushField(chunk.slice(start, i));
            this.line++;
            this.emit(out);
            if (c === CR && i + 1 < n && chunk.charCodeAt(i + 1) === LF) i++;
            state = State.FieldStart;
            start = i + 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            state = State.QuoteInQuoted;
          } else if (c === CR) {
            this.line++;
          } else if (c === LF && !(i > 0 ? chunk.charCodeAt(i - 1) === CR : prevCR)) {
            // The LF of a CRLF was counted at its CR.
            this.line++;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // `""`: keep the text up to and including the first quote, continue after the second
            // (when the first quote ended the previous chunk, the text before it is already kept).
            this.append(i === 0 ? '"' : chunk.slice(start, i));
            start = i + 1;
            state = State.Quoted;
          } else {
            // The closing quote was at i - 1 (or ended the previous chunk, whose text is already kept).
            if (i > 0) this.append(chunk.slice(start, i - 1));
            if (c === delimiter) {
              this.pushField('');
              state = State.FieldStart;
              start = i + 1;
            } else if (c === CR || c === LF) {
              this.pushField('');
              this.line++;
              this.emit(out);
              if (c === CR && i + 1 < n && chunk.charCodeAt(i + 1) === LF) i++;
              state = State.FieldStart;
              start = i + 1;
            } else {
              // Text after a closing quote: kept as part of the field.
              state = State.Unquoted;
              start = i;
            }
          }
          break;
      }
      i++;
    }
    // What is left of the current field waits for the next chunk.
    if (state === State.Unquoted || state === State.Quoted) this.append(chunk.slice(start, n));
    else if (state === State.QuoteInQuoted && n > 0) this.append(chunk.slice(start, n - 1));
    this.state = state;
  }

  /** After the last chunk: the last record if the file does not end with a line break. */
  end(out: SourceRow[]): void {
    switch (this.state) {
      case State.FieldStart:
        if (this.cells.length > 0) {
          this.pushField('');
          this.emit(out);
        }
        break;
      case State.Unquoted:
      case State.QuoteInQuoted:
        this.pushField('');
        this.emit(out);
        break;
      case State.Quoted:
        this.pushField('');
        this.problem ??= `The file ends inside a quoted field of the row that starts on line ${this.recordLine}; it may have been cut short.`;
        this.emit(out);
        break;
    }
    this.state = State.FieldStart;
  }

  private append(text: string): void {
    if (this.discarding || text.length === 0) return;
    this.carry = this.carry.length === 0 ? text : this.carry + text;
    if (this.carry.length > this.maxFieldChars) {
      this.carry = '';
      this.discarding = true;
      this.problem ??= `A field of this row is longer than ${this.maxFieldChars.toLocaleString('en-US')} characters; that field was not read.`;
    }
  }

  private pushField(tail: string): void {
    let value: string;
    if (this.discarding) value = '';
    else if (this.carry.length === 0) value = tail;
    else value = tail.length === 0 ? this.carry : this.carry + tail;
    this.carry = '';
    this.discarding = false;
    if (this.cells.length < this.maxFields) this.cells.push(value);
    else
      this.problem ??= `This row has more than ${this.maxFields.toLocaleString('en-US')} fields; the rest were not read.`;
  }

  private emit(out: SourceRow[]): void {
    const row: SourceRow = { rowNumber: this.recordLine, cells: this.cells };
    if (this.problem !== undefined) row.problem = this.problem;
    out.push(row);
    this.cells = [];
    this.problem = undefined;
    this.recordLine = this.line;
  }
}
