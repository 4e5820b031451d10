import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { buildEmploymentSchema, EMPLOYMENT_PORT } from '@bt/employment';
import { buildEducationSchema, EDUCATION_PORT } from '@bt/education';
import { buildCertificationSchema, CERTIFICATION_PORT } from '@bt/certification';

export interface SubgraphDefinition {
  name: string;
  /** Default address; the gateway can point a subgraph elsewhere at run time. */
  url: string;
  typeDefs: string;
}

const SUBGRAPHS: { name: string; port: number; build: () => Promise<GraphQLSchema> }[] = [
  { name: 'employment', port: EMPLOYMENT_PORT, build: buildEmploymentSchema },
  { name: 'education', port: EDUCATION_PORT, build: buildEducationSchema },
  { name: 'certification', port: CERTIFICATION_PORT, build: buildCertificationSchema },
];

export const SUBGRAPH_NAMES = SUBGRAPHS.map((subgraph) => subgraph.name);

/** Builds every subgraph's schema in process (no database, no network). */
export async function subgraphSchemas(): Promise<{ name: string; url: string; schema: GraphQLSchema }[]> {
  return Promise.all(SUBGRAPHS.map(async ({ name, port, build }) => ({ name, url: `http://127.0.0.1:${port}/graphql`, schema: await build() })));
}

/** Every subgraph's SDL, printed from its schema. */
export async function subgraphDefinitions(): Promise<SubgraphDefinition[]> {
  return (await subgraphSchemas()).map(({ name, url, schema }) => ({ name, url, typeDefs: printSubgraphSchema(schema) }));
}
