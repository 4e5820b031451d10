export * from './subgraph-definitions';
export * from './compose-supergraph';
