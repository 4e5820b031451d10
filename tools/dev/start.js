#!/usr/bin/env node
// npm start: brings the whole system up on this machine. Migrates each subgraph's database, loads the
// demo data into an empty embedded database, starts the three subgraphs, the gateway and the
// dashboard, and stops them all on Ctrl-C. Each service's output is prefixed with its name.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const tsNode = path.join(root, 'node_modules/.bin/ts-node');
// npm start is development on this machine: development sign-in on (it refuses to start with real secrets)
const env = { ...process.env, BT_DEV_MODE: 'true', APOLLO_TELEMETRY_DISABLED: '1', NX_NO_CLOUD: 'true' };
const children = new Set();

function run(name, script, args = [], options = {}) {
  return spawnService(name, tsNode, ['--project', 'tsconfig.base.json', script, ...args], options);
}

function spawnService(name, command, args, { waitFor } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let ready = !waitFor;
    const relay = (stream, out) => {
      let buffer = '';
      stream.on('data', (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) {
          out.write(`[${name}] ${line}\n`);
          if (!ready && waitFor.test(line)) {
            ready = true;
            resolve(child);
          }
        }
      });
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('exit', (code) => {
      children.delete(child);
      if (!waitFor && code === 0) return resolve(child);
      if (!ready || code !== 0) reject(new Error(`${name} avslutades med kod ${code}`));
    });
  });
}

function stopAll() {
  for (const child of children) child.kill('SIGTERM');
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(0);
});
process.on('SIGTERM', () => {
  stopAll();
  process.exit(0);
});

async function main() {
  console.log('Förbereder databaserna (migreringar, demodata i en tom inbyggd databas) …');
  await run('seed', 'tools/seed/src/seed.command.ts', ['--if-empty-embedded']);
  const listening = /lyssnar på/;
  await Promise.all([
    run('employment', 'apps/employment/src/main.ts', [], { waitFor: listening }),
    run('education', 'apps/education/src/main.ts', [], { waitFor: listening }),
    run('certification', 'apps/certification/src/main.ts', [], { waitFor: listening }),
  ]);
  await run('gateway', 'apps/gateway/src/main.ts', [], { waitFor: listening });
  await spawnService('admin', path.join(root, 'node_modules/.bin/vite'), ['--config', 'apps/admin/vite.config.ts'], { waitFor: /Local:/ });
  console.log(`
BT-administrationen är igång:
  Dashboard:              http://localhost:4200
  GraphQL (gateway):      http://localhost:4000/graphql
  Utvecklingsinloggning:  POST http://localhost:4000/auth/dev-token  {"username": "atbt-chef"}
  Delgrafer (bara lokalt): employment :4001, education :4002, certification :4003
Stoppa med Ctrl-C.`);
}

main().catch((error) => {
  console.error(error.message);
  stopAll();
  process.exit(1);
});
