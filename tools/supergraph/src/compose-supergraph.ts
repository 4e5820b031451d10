import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import { subgraphDefinitions } from './subgraph-definitions';

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_FILE = path.resolve(__dirname, '../../../apps/gateway/supergraph.graphql');

/** Composes the subgraphs into a supergraph SDL; fails with every composition error listed. */
export async function composeSupergraph(): Promise<string> {
  const subgraphs = await subgraphDefinitions();
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: parse(typeDefs) })));
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Supergrafen kunde inte komponeras:\n${(result.errors ?? []).map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
