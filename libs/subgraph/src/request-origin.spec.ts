import type { IncomingMessage } from 'node:http';
import { requestOrigin } from './request-origin';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('where a request came from (audit trail)', () => {
  it('keeps the gateway’s request id and the client address it saw', () => {
    expect(requestOrigin(request({ 'x-request-id': 'b8a7c1e2-0d3f-4f55-9c1a-1f2e3d4c5b6a', 'x-forwarded-for': '192.0.2.7' }))).toEqual({
      requestId: 'b8a7c1e2-0d3f-4f55-9c1a-1f2e3d4c5b6a',
      clientAddress: '192.0.2.7',
    });
    expect(requestOrigin(request({ 'x-request-id': 'r1', 'x-forwarded-for': '::ffff:127.0.0.1' })).clientAddress).toBe('::ffff:127.0.0.1');
  });

  it('gives a request without a usable id a new one, and leaves out anything that is no address', () => {
    const missing = requestOrigin(request({}));
    expect(missing.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing).not.toHaveProperty('clientAddress');
    const forged = requestOrigin(request({ 'x-request-id': 'x'.repeat(101), 'x-forwarded-for': '<script>' }));
    expect(forged.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(forged).not.toHaveProperty('clientAddress');
    expect(requestOrigin(request({ 'x-request-id': "1'; DROP TABLE audit_event" })).requestId).not.toContain('DROP');
  });
});
