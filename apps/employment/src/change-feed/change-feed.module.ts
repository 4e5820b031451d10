import { ChangeEvent, ChangeFeedHead, compactChangeFeedJob, type SubgraphModule } from '@bt/subgraph';
import { EmploymentChangeFeedResolver } from './change-feed.resolver';
import { EmploymentChangeFeed1768500000000 } from './migrations/1768500000000-employment-change-feed';

/** Employment's change feed: the outbox of trainees' employment, read by education's read model of trainees. */
export const changeFeedModule: SubgraphModule = {
  resolvers: [EmploymentChangeFeedResolver],
  entities: [ChangeEvent, ChangeFeedHead],
  migrations: [EmploymentChangeFeed1768500000000],
  jobs: [compactChangeFeedJob],
};
