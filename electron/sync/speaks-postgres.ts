import { connect } from 'node:net';

/** PostgreSQL's SSLRequest: length 8, then the code 80877103. Every server since 7.2 answers it with one byte. */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

export type Handshake = 'postgres' | 'other' | 'silent' | 'unreachable';

/**
 * Asks whatever listens at host:port the first question of PostgreSQL's protocol. A PostgreSQL
 * server answers with exactly one byte, `S` or `N`, and then waits; a web or SSH server answers
 * with more, or closes, or says nothing. Used only to explain a failed connection.
 */
export function handshake(host: string, port: number, timeoutMs = 3_000): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer: Handshake = 'silent';
    const finish = (result: Handshake) => {
      answer = result;
      socket.destroy();
    };
    socket.setTimeout(timeoutMs, () => finish(answer));
    socket.once('connect', () => socket.write(SSL_REQUEST));
    socket.once('data', (chunk: Buffer) =>
      finish(chunk.length === 1 && (chunk[0] === 0x53 || chunk[0] === 0x4e) ? 'postgres' : 'other'),
    );
    // Closed straight after the question: whatever it is, it is not PostgreSQL.
    socket.once('end', () => finish('other'));
    socket.once('error', () => finish(socket.connecting ? 'unreachable' : 'other'));
    socket.once('close', () => resolve(answer));
  });
}
