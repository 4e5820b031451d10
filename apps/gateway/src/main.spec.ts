import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/** Starts the gateway's real entry point with `env` and returns how it ended (it must end: refused). */
function startGatewayProcess(env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(path.join(root, 'node_modules/.bin/ts-node'), ['--transpile-only', '--project', 'tsconfig.base.json', 'apps/gateway/src/main.ts'], {
    cwd: root,
    env: { PATH, HOME, GATEWAY_PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the gateway refuses to start when development mode could hand out real tokens', () => {
  jest.setTimeout(120_000);

  it('development mode with a real secret: a Swedish error and a non-zero exit', () => {
    const run = startGatewayProcess({ BT_DEV_MODE: 'true', BT_JWT_SECRET: 'x'.repeat(40) });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/får inte köras med egna hemligheter \(BT_JWT_SECRET\)/);
  });

  it('development mode on a non-loopback address: a Swedish error and a non-zero exit', () => {
    const run = startGatewayProcess({ BT_DEV_MODE: 'true', BT_GATEWAY_HOST: '0.0.0.0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/lyssnar bara lokalt: BT_GATEWAY_HOST=0\.0\.0\.0/);
  });

  it('no development mode and no secrets: refused, never the built-in development secrets', () => {
    const run = startGatewayProcess({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/BT_JWT_SECRET måste sättas/);
  });
});
