export * from './gateway';
export * from './dev-token.plugin';
