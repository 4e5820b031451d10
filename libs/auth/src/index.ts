export * from './role';
export * from './viewer';
export * from './auth-errors';
export * from './auth-config';
export * from './token';
export * from './gateway-secret';
export * from './trainee-scope';
export * from './permissions';
