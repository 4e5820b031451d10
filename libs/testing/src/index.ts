export * from './test-database';
export * from './free-port';
export * from './migration-check';
export * from './migration-spec';
