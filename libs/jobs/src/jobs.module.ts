import { JobLease } from './job-lease.entity';
import { JobRun } from './job-run.entity';
import { Jobs1766100000000 } from './migrations/1766100000000-jobs';

/**
 * The runner's tables (`job_lease`, `job_run`) as a subgraph module (a `SubgraphModule` of
 * @bt/subgraph, which depends on this library): listed once among the modules of a subgraph that runs jobs.
 */
export const jobsModule = {
  resolvers: [],
  entities: [JobLease, JobRun],
  migrations: [Jobs1766100000000],
};
