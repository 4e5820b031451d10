import type { SubgraphModule } from '@bt/subgraph';

/** Salary (EMP-2): guideline ranges per year and each trainee's negotiated salary with its history. */
export const salaryModule: SubgraphModule = {
  resolvers: [],
  entities: [],
  migrations: [],
  orphanedTypes: [],
  references: {},
};
