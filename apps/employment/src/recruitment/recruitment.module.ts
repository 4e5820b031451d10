import type { SubgraphModule } from '@bt/subgraph';

/** Recruitment (REC-1…REC-10, EMP-1 on acceptance): rounds, applications, panel, scoring, interviews, offers. */
export const recruitmentModule: SubgraphModule = {
  resolvers: [],
  entities: [],
  migrations: [],
  orphanedTypes: [],
  references: {},
};
