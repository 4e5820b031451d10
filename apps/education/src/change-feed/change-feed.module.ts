import { ChangeEvent, ChangeFeedHead, compactChangeFeedJob, type SubgraphModule } from '@bt/subgraph';
import { ChangeFeedResolver } from './change-feed.resolver';
import { ChangeFeed1768000000001 } from './migrations/1768000000001-change-feed';

/** Education's change feed: the outbox of trainees' placements and supervisors, read by the other subgraphs' read models. */
export const changeFeedModule: SubgraphModule = {
  resolvers: [ChangeFeedResolver],
  entities: [ChangeEvent, ChangeFeedHead],
  migrations: [ChangeFeed1768000000001],
  jobs: [compactChangeFeedJob],
};
