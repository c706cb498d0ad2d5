import type { ClientBase } from 'pg';

/** What pg's client hands a query object: the few protocol messages a COPY FROM STDIN sends, and its socket. */
interface CopyConnection {
  query(text: string): void;
  endCopyFrom(): void;
  stream: { writable: boolean; write(chunk: Uint8Array): boolean };
}

/** The protocol's CopyData message type ('d'). */
const COPY_DATA = 0x64;

/** Large enough that the protocol's framing costs nothing, small enough not to copy megabytes twice. */
const CHUNK_BYTES = 1 << 20;

/**
 * One `COPY ... FROM STDIN` statement and its data, as a query object pg's client runs in its
 * queue like any other (its "submittable" interface: pg's own Query refuses the server's
 * CopyInResponse, this one answers it with the data). PostgreSQL reads COPY's text rows far faster
 * than the same rows bound as parameters, which it would parse as one array literal per column.
 * The client's query timeout and connection errors end it like any query.
 */
class CopyFromStdin {
  callback?: (error: Error | null, rowCount?: number) => void;
  private rowCount = 0;

  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {}

  submit(connection: CopyConnection): null {
    connection.query(this.text);
    return null;
  }

  /**
   * Each chunk goes to the socket as it is, behind its own 5-byte CopyData header: pg's
   * sendCopyFromChunk would copy every chunk twice into its message writer first. Both go
   * through the same socket in order, as pg's own messages do.
   */
  handleCopyInResponse(connection: CopyConnection): void {
    for (let at = 0; at < this.data.length && connection.stream.writable; at += CHUNK_BYTES) {
      const chunk = this.data.subarray(at, at + CHUNK_BYTES);
      const header = Buffer.allocUnsafe(5);
      header[0] = COPY_DATA;
      header.writeInt32BE(chunk.length + 4, 1);
      connection.stream.write(header);
      connection.stream.write(chunk);
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/\d+$/.exec(message.text)?.[0] ?? 0);
  }

  /** pg reports a failure here and never calls handleReadyForQuery for this query. */
  handleError(error: Error): void {
    this.callback?.(error);
  }

  handleReadyForQuery(): void {
    this.callback?.(null, this.rowCount);
  }

  // A COPY FROM answers with none of these; pg calls them only on other statements.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
}

/**
 * Runs `statement` (a COPY ... FROM STDIN) with `data` in COPY's text format (text, or its UTF-8
 * bytes); answers the rows copied.
 */
export function copyFrom(client: ClientBase, statement: string, data: string | Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const bytes =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const copy = new CopyFromStdin(statement, bytes);
    copy.callback = (error, rowCount) => (error ? reject(error) : resolve(rowCount ?? 0));
    void client.query(copy as never);
  });
}

const SPECIAL = /[\\\n\r\t]/;

/**
 * One field in COPY's text format: a backslash, newline, carriage return or tab inside it
 * escaped. JSON text has only backslashes of these (its strings escape the rest), so most fields
 * pass untouched.
 */
export function copyField(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\n\r\t]/g, (char) => COPY_ESCAPES[char]!);
}

const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
