import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayLimits } from './gateway-limits';
import { limitResponse } from './limit-refusals';

/** The body as text (GraphQL requests are JSON), or undefined as soon as it grows past `maxBytes` (the rest is never read). */
async function readWithin(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void discardRest(reader);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads what the client still sends without keeping it, so that it reads the 413 instead of a reset
 * connection (cancelling the stream closes the socket before the answer is out). Node's
 * `server.requestTimeout` still bounds how long a client can go on sending.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // the client went away; nothing left to discard
  }
}

/**
 * Refuses a request body over `maxBodyBytes` with 413 before it is parsed: at once when its
 * Content-Length says so, otherwise (chunked) as soon as the bytes read pass the limit.
 */
export function useRequestSize(limits: GatewayLimits): GatewayPlugin {
  const tooLarge = () => limitResponse(413, 'REQUEST_TOO_LARGE', limits.maxBodyBytes);
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const declared = Number(request.headers.get('content-length'));
      if (declared > limits.maxBodyBytes) return endResponse(tooLarge());
      if (request.headers.has('content-length')) return;
      const body = await readWithin(request, limits.maxBodyBytes);
      if (!body) return endResponse(tooLarge());
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
    },
  };
}
