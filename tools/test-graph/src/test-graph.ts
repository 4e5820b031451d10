import fs from 'node:fs';
import path from 'node:path';
import { devAuthConfig, signToken, type AuthConfig, type Viewer } from '@bt/auth';
import { openDatabase, type Database } from '@bt/database';
import type { Problem } from '@bt/domain';
import { employmentDatabase, startEmploymentServer } from '@bt/employment';
import { educationDatabase, startEducationServer } from '@bt/education';
import { certificationDatabase, startCertificationServer } from '@bt/certification';
import { startGateway, type RunningGateway } from '@bt/gateway';
import { demoViewers } from '@bt/demo-people';
import { buildSeedData, DEFAULT_AS_OF, loadSeed, type SeedData, type SeedOptions, type SubgraphDatabases } from '@bt/seed';
import { fixedClock, type ChangeFeedConsumer, type FeedChange, type ReadModelStatus } from '@bt/subgraph';
import { reservePort, testDatabaseUrl, type TestDatabaseUrl } from '@bt/testing';

const SUPERGRAPH = path.resolve(__dirname, '../../../apps/gateway/supergraph.graphql');

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; problems?: Problem[] } }[];
}

export interface TestGraph {
  gatewayUrl: string;
  subgraphUrls: Record<keyof SubgraphDatabases, string>;
  auth: AuthConfig;
  data: SeedData;
  databases: SubgraphDatabases;
  /** A token for a seeded username, signed like the gateway's development sign-in does. */
  tokenFor(username: string, ttlSeconds?: number): string;
  viewer(username: string): Viewer;
  query<T = Record<string, unknown>>(query: string, options?: { token?: string; variables?: Record<string, unknown> }): Promise<GraphQLResponse<T>>;
  /** Employment's and certification's read models of education, and education's of employment (README, "Läsmodeller mellan delgrafer"). */
  readModels: Record<'employment' | 'certification' | 'education', ChangeFeedConsumer<FeedChange>>;
  /**
   * Catches the read models up now: education's of employment first (the drafts it makes at employment
   * are education's changes), then employment's and certification's of education; their statuses after.
   */
  readModelsCurrent(): Promise<ReadModelStatus[]>;
  /** SQL statements sent so far by all three subgraphs together. */
  sqlStatements(): number;
  stop(): Promise<void>;
}

export interface TestGraphOptions {
  /** How often the read models poll their feeds; 0 (the default): never, a test calls readModelsCurrent() after a change. */
  readModelPollMs?: number;
}

/**
 * The whole graph as in production, in this process but over real HTTP: three subgraphs, each on its
 * own fresh database (the engine under test), seeded, and Hive Gateway in front of them. The
 * subgraphs' clock stands still on the day the seed describes (2026-11-22 unless `asOf` says
 * otherwise), so tests give the same answers on any day. The read models have caught up with the
 * seed's change events before it returns (education has drafted the plans of the employed trainees).
 */
export async function startTestGraph(seed: SeedOptions = {}, options: TestGraphOptions = {}): Promise<TestGraph> {
  const clock = fixedClock(seed.asOf ?? DEFAULT_AS_OF);
  const auth = devAuthConfig();
  const urls: Record<keyof SubgraphDatabases, TestDatabaseUrl> = {
    employment: testDatabaseUrl('employment'),
    education: testDatabaseUrl('education'),
    certification: testDatabaseUrl('certification'),
  };
  const databases: SubgraphDatabases = {
    employment: await openDatabase(employmentDatabase, { url: urls.employment.url }),
    education: await openDatabase(educationDatabase, { url: urls.education.url }),
    certification: await openDatabase(certificationDatabase, { url: urls.certification.url }),
  };
  const data = buildSeedData(seed);
  await loadSeed(databases, data);

  // held until the gateway starts, so that no subgraph below (on port 0) is given it
  const gatewayPort = await reservePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort.port}/graphql`;
  const readModel = {
    pollMs: options.readModelPollMs ?? 0,
    log: process.env.BT_TEST_READ_MODEL_LOGGING === 'true' ? undefined : () => {},
  };
  const employment = await startEmploymentServer({ database: databases.employment, auth, port: 0, gatewayUrl, clock, readModel });
  const education = await startEducationServer({ database: databases.education, auth, port: 0, gatewayUrl, clock, readModel });
  const certification = await startCertificationServer({ database: databases.certification, auth, port: 0, gatewayUrl, clock, readModel });
  const subgraphUrls = { employment: employment.url, education: education.url, certification: certification.url };
  const viewers = demoViewers(data);
  await gatewayPort.release();
  const gateway = await startGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH, 'utf8'),
    auth,
    port: gatewayPort.port,
    subgraphUrls,
    demoViewers: viewers,
    logging: process.env.BT_TEST_GATEWAY_LOGGING === 'true',
  });

  const readModels = { employment: employment.readModel, certification: certification.readModel, education: education.readModel };
  const readModelsCurrent = async () => {
    await readModels.education.catchUp();
    return Promise.all([readModels.employment.catchUp(), readModels.certification.catchUp()]);
  };
  await readModelsCurrent();

  const viewer = (username: string) => {
    const found = viewers.get(username);
    if (!found) throw new Error(`no seeded user ${username}`);
    return found;
  };
  return {
    gatewayUrl,
    subgraphUrls,
    auth,
    data,
    databases,
    viewer,
    readModels,
    readModelsCurrent,
    tokenFor: (username, ttlSeconds = 600) => signToken(viewer(username), auth.jwtSecret, ttlSeconds),
    async query(query, options = {}) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    sqlStatements: () => Object.values(databases).reduce((sum, database) => sum + database.logger.statements, 0),
    async stop() {
      await gateway.stop();
      await Promise.all([employment.stop(), education.stop(), certification.stop()]);
      await Promise.all(Object.values(databases).map((database: Database) => database.close()));
      await Promise.all(Object.values(urls).map((url) => url.drop()));
    },
  };
}

/** Secrets long enough for production (MIN_SECRET_BYTES), for tests of production mode only. */
export const PRODUCTION_TEST_ENV = {
  BT_JWT_SECRET: 'test-jwt-secret-of-production-length-0123456789',
  BT_GATEWAY_SECRET: 'test-gateway-secret-of-production-length-0123456789',
};

/**
 * A second gateway in production mode (development mode off) in front of the test graph's subgraphs:
 * the same secrets as the subgraphs, so the graph's tokens carry, and no development sign-in.
 */
export function startProductionGateway(graph: TestGraph, options: { corsOrigins?: string[]; currentViewerTtlMs?: number } = {}): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH, 'utf8'),
    auth: { ...graph.auth, devMode: false },
    port: 0,
    subgraphUrls: graph.subgraphUrls,
    demoViewers: new Map([['atbt-chef', graph.viewer('atbt-chef')]]),
    corsOrigins: options.corsOrigins,
    currentViewerTtlMs: options.currentViewerTtlMs,
  });
}
