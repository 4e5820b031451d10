import type { IncomingMessage } from 'node:http';

/** The header the gateway passes the client's address to the subgraphs in (replacing any the client sent). */
export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for';

/**
 * The address of the client's socket, as Node's server saw it: never a client-sent x-forwarded-for
 * (which anyone can write). Behind a proxy of our own this is the proxy's address.
 */
export function socketAddress(context: unknown): string | undefined {
  const req = (context as { req?: Pick<IncomingMessage, 'socket'> } | undefined)?.req;
  return req?.socket?.remoteAddress ?? undefined;
}
