import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy between the app and PostgreSQL that can cut every connection after a
 * number of bytes have gone through it (both ways counted), as a flaky network would mid-batch.
 */
export interface FaultyProxy {
  port: number;
  /** Cut each connection once it has carried this many more bytes; null: never. */
  cutAfter(bytes: number | null): void;
  /** Connections cut so far. */
  readonly cuts: number;
  close(): Promise<void>;
}

export async function startFaultyProxy(targetPort: number): Promise<FaultyProxy> {
  let limit: number | null = null;
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const budget = { left: limit };
    sockets.add(client).add(upstream);
    const cut = () => {
      cuts++;
      client.destroy();
      upstream.destroy();
    };
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (budget.left !== null) {
          if (budget.left === 0) return;
          if (chunk.length >= budget.left) {
            // Deliver part of the chunk, then drop the line: the peer sees a torn message.
            to.write(chunk.subarray(0, budget.left), cut);
            budget.left = 0;
            return;
          }
          budget.left -= chunk.length;
        }
        to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cutAfter(bytes) {
      limit = bytes;
    },
    get cuts() {
      return cuts;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
