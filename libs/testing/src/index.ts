export * from './test-database';
export * from './free-port';
export * from './test-graph';
export * from './migration-check';
export * from './migration-spec';
