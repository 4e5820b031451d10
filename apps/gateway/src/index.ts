export * from './gateway';
export * from './dev-token.plugin';
export * from './gateway-limits';
export * from './gateway-planner';
