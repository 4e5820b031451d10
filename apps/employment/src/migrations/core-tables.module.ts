import type { SubgraphModule } from '@bt/subgraph';
import { EmploymentInitial1763800000000 } from './1763800000000-employment-initial';
import { ListIndexes1764000000000 } from './1764000000000-list-indexes';
import { EngineNeutralSchema1766000000000 } from './1766000000000-engine-neutral-schema';
import { RecordVersions1767000000000 } from './1767000000000-record-versions';

/**
 * The migrations that created the core areas' tables together (site, unit, person, cohort, trainee,
 * audit_event) before each area kept its own. They stay as they ran; a new migration goes into the
 * `migrations/` folder of the area whose tables it changes. The one exception is listed here too:
 * EngineNeutralSchema corrects what all of the earlier migrations (core, recruitment, salary) left
 * reading back differently on SQLite and MySQL/MariaDB. So does RecordVersions: it adds the version
 * column to the records forms edit, core and recruitment alike.
 */
export const coreTablesModule: SubgraphModule = {
  resolvers: [],
  entities: [],
  migrations: [EmploymentInitial1763800000000, ListIndexes1764000000000, EngineNeutralSchema1766000000000, RecordVersions1767000000000],
};
