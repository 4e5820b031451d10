import type { EntityTarget } from 'typeorm';
import type { TestGraph } from '@bt/test-graph';

/** A record that forms edit: written only with the version the client read (no lost writes). */
export interface Versioned {
  id: string;
  version: number;
}

/** The version of the employment record `id` now (1 for an id that does not exist), as a client reading it would get it. */
export async function versionOf(graph: TestGraph, entity: EntityTarget<Versioned>, id: string): Promise<number> {
  return (await graph.databases.employment.dataSource.getRepository(entity).findOneBy({ id }))?.version ?? 1;
}

/** An update's variables as the dashboard sends them: with the version of the record just read. */
export async function withVersion<T extends { id: string }>(graph: TestGraph, entity: EntityTarget<Versioned>, variables: T): Promise<T & { version: number }> {
  return { ...variables, version: await versionOf(graph, entity, variables.id) };
}
