export * from './database-url';
export * from './counting-logger';
export * from './open-database';
export * from './engine-neutral-schema';
export * from './unique-violation';
export * from './swedish-sort-key';
export * from './statement-report';
export * from './insert-rows';
