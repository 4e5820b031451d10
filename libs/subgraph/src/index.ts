export * from './subgraph-context';
export * from './auth-checker';
export * from './guard-reference';
export * from './build-subgraph-schema';
export * from './start-subgraph';
export * from './supervised-trainees.client';
export * from './entity-references';
export * from './batch-loaders';
