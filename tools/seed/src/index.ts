// Pure demo data (no database code), so the gateway's development sign-in can use it.
// The loader lives in ./load-seed and ./open-subgraph-databases.
export * from './seed-data';
export * from './demo-users';
