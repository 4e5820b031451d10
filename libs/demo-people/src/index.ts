export * from './demo-viewers';
export * from './committed-demo-people';
