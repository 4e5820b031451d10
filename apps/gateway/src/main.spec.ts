import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

const TS_NODE = ['--transpile-only', '--project', 'tsconfig.base.json', 'apps/gateway/src/main.ts'];

/** Starts the gateway's real entry point with `env` and returns how it ended (it must end: refused). */
function startGatewayProcess(env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(path.join(root, 'node_modules/.bin/ts-node'), TS_NODE, {
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

describe('the gateway in development mode', () => {
  jest.setTimeout(120_000);

  it('starts on loopback only when asked, and says loudly that it is in development mode', async () => {
    const { PATH, HOME } = process.env;
    const child = spawn(path.join(root, 'node_modules/.bin/ts-node'), TS_NODE, { cwd: root, env: { PATH, HOME, GATEWAY_PORT: '0', BT_DEV_MODE: 'true' } });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/lyssnar på/.test(output)) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`gatewayen avslutades (${code}): ${output}`)));
    });
    child.kill('SIGTERM');
    expect(output).toMatch(/VARNING: utvecklingsläge \(BT_DEV_MODE=true\)/);
    expect(output).toMatch(/lyssnar på http:\/\/localhost:\d+\/graphql \(utvecklingsläge/);
  });
});
