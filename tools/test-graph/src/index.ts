export * from './test-graph';
