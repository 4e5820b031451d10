export * from './change-event.entity';
export * from './change-feed-head.entity';
export * from './compact-change-feed';
export * from './outbox';
export * from './feed-change.type';
