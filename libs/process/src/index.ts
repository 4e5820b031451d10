export * from './run-main';
export * from './progress-bar';
