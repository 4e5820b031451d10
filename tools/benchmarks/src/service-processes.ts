import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { STATEMENT_REPORT_PREFIX, STATEMENT_REPORT_SIGNAL } from '@bt/database';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');

/** The services as production runs them, each its own process; gateway-js is a second gateway with the JavaScript planner. */
export type ServiceName = 'employment' | 'education' | 'certification' | 'gateway' | 'gateway-js';
export const SUBGRAPHS = ['employment', 'education', 'certification'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const APP: Record<ServiceName, string> = {
  employment: 'apps/employment',
  education: 'apps/education',
  certification: 'apps/certification',
  gateway: 'apps/gateway',
  'gateway-js': 'apps/gateway',
};
const ENTRY = (name: ServiceName) => `${APP[name]}/dist/main.js`;

/** The node options of the app's `start:prod` script (memory settings chosen by measurement), so the benchmark runs each service as production does. */
export function productionNodeOptions(name: ServiceName): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPOSITORY_ROOT, APP[name], 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.['start:prod'] ?? '';
  return script.split(/\s+/).filter((word) => /^--max-[a-z-]+=\d+$/.test(word));
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The production build (npm run build without the dashboard): incremental, quick when nothing changed. */
export function buildServices(): void {
  const result = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Bygget (tsc -b tsconfig.build.json) misslyckades.');
}

/** One service running as `node --conditions=bt-dist apps/<service>/dist/main.js`. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private readonly output: string[] = [];
  private readonly waiters: ((line: string) => boolean)[] = [];
  private readonly exited: Promise<number | null>;

  constructor(
    readonly name: ServiceName,
    env: NodeJS.ProcessEnv,
  ) {
    const entry = path.join(REPOSITORY_ROOT, ENTRY(name));
    if (!fs.existsSync(entry)) throw new Error(`${ENTRY(name)} saknas: kör npm run build (eller bench utan --no-build).`);
    // BT_BENCH_CPU_PROFILE=<dir>: each service writes a V8 CPU profile to <dir>/<service> when it stops (open in Chrome DevTools)
    const profile = process.env.BT_BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BT_BENCH_CPU_PROFILE, name)}`] : [];
    this.child = spawn(process.execPath, [...productionNodeOptions(name), ...profile, '--conditions=bt-dist', entry], {
      cwd: REPOSITORY_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) this.onLine(line);
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', (chunk: Buffer) => this.output.push(...chunk.toString('utf8').split('\n')));
  }

  /** The last lines the service wrote (start message, errors it logged), for a report when something failed. */
  recentOutput(lines = 20): string[] {
    return this.output.filter((line) => line.trim() !== '').slice(-lines);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private onLine(line: string): void {
    const index = this.waiters.findIndex((waiter) => waiter(line));
    if (index >= 0) this.waiters.splice(index, 1);
    else this.output.push(line);
  }

  private nextLine(matches: (line: string) => boolean, what: string, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name}: ${what} inom ${timeoutMs / 1000} s uteblev.\n${this.output.slice(-20).join('\n')}`)),
        timeoutMs,
      );
      this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} avslutades (kod ${code}).\n${this.output.slice(-20).join('\n')}`));
      });
      this.waiters.push((line) => {
        if (!matches(line)) return false;
        clearTimeout(timer);
        resolve(line);
        return true;
      });
    });
  }

  /** Resolves when the service says it listens (its start message), rejects if it stops first. */
  async started(): Promise<void> {
    await this.nextLine((line) => line.includes('lyssnar på'), 'startmeddelandet', 120_000);
  }

  /** User plus system CPU time so far, in milliseconds (/proc/<pid>/stat). */
  cpuMs(): number {
    const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the name: state is field 3, utime 14 and stime 15 (man 5 proc)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  }

  /** SQL statements the subgraph has sent so far (BT_REPORT_SQL_STATEMENTS=true: it answers SIGUSR2 on stdout). */
  async sqlStatements(): Promise<number> {
    const prefix = `${STATEMENT_REPORT_PREFIX} ${this.name} `;
    const line = this.nextLine((candidate) => candidate.startsWith(prefix), 'svaret med antalet SQL-satser', 10_000);
    this.child.kill(STATEMENT_REPORT_SIGNAL);
    return Number((await line).slice(prefix.length));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
