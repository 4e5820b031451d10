import { createServer } from 'node:net';

/** A loopback port held by this process until `release()`: nothing else is given it meanwhile. */
export interface PortReservation {
  port: number;
  release(): Promise<void>;
}

/**
 * Holds `port` (or a free one, for 0) on loopback. A server that must start on a port known in
 * advance (the gateway, whose address the subgraphs are given first) keeps it reserved until it
 * starts, so that a server started on port 0 in between is never handed the same port.
 */
export function reservePort(port = 0): Promise<PortReservation> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || !address) return reject(new Error('no port'));
      resolve({ port: address.port, release: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

/** A TCP port that is free on loopback right now (and may be taken by anyone a moment later). */
export async function freePort(): Promise<number> {
  const reservation = await reservePort();
  await reservation.release();
  return reservation.port;
}
