export * from './seed-data';
export * from './load-seed';
export * from './open-subgraph-databases';
