export * from './job';
export * from './job-time-zone';
export * from './job-lease.entity';
export * from './job-run.entity';
export * from './job-lease';
export * from './job-runner';
export * from './system-actor';
export * from './jobs.module';
