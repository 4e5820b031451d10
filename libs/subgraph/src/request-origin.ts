import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for';

/** A request id as the audit trail keeps it: letters, digits and `.-_:` (e.g. a UUID), at most 100. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** An IPv4 or IPv6 address (as a socket reports it), nothing else. */
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/** Whether `value` looks like an address a socket reports (IPv4 or IPv6). */
export function isClientAddress(value: string): boolean {
  return ADDRESS.test(value);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

/**
 * Where a request came from, as the gateway passed it on (only trusted after the gateway secret was
 * checked): its request id, or a new one when it is missing or not one (a client may send its own
 * `x-request-id` to the gateway; nothing else reaches the audit trail); the client's address when it
 * is one.
 */
export function requestOrigin(req: IncomingMessage): { requestId: string; clientAddress?: string } {
  const requestId = header(req, REQUEST_ID_HEADER);
  const clientAddress = header(req, CLIENT_ADDRESS_HEADER);
  return {
    requestId: requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID(),
    ...(clientAddress && isClientAddress(clientAddress) ? { clientAddress } : {}),
  };
}
