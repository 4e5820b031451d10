import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const ADMIN_DIR = path.join(ROOT, 'apps/admin');
const DIST = path.join(ADMIN_DIR, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** The production build of the dashboard (static files), made once per test run. */
export function buildAdmin(): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(ADMIN_DIR, 'vite.config.ts'), '--logLevel', 'warn'],
    {
      cwd: ADMIN_DIR,
      stdio: 'inherit',
    },
  );
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Serves the built dashboard the way a web server in production would: static files, and /graphql
 * and /auth forwarded to the gateway on the same origin.
 */
export async function serveAdmin(gatewayOrigin: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/graphql') || url.pathname.startsWith('/auth/')) {
      const payload = request.method === 'GET' || request.method === 'HEAD' ? undefined : await body(request);
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))) as Record<
        string,
        string
      >;
      const upstream = await fetch(`${gatewayOrigin}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        body: payload ? new Uint8Array(payload) : undefined,
      });
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      response.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const file = path.join(DIST, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(DIST, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    fs.createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
