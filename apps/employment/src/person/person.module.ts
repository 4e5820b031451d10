import './supervisor-qualification.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { Person } from './person.entity';
import { PersonResolver } from './person.resolver';
import { PersonMutationResolver } from './person-mutation.resolver';
import { resolvePersonReference } from './person.reference';
import { SupervisorQualification } from './supervisor-qualification.entity';
import { SupervisorQualificationResolver } from './supervisor-qualification.resolver';
import { SupervisorRegister1768450000001 } from './migrations/1768450000001-supervisor-register';

/** Staff (ORG-2): people with their roles, site and unit, and the supervisor register (EDU-7). */
export const personModule: SubgraphModule = {
  resolvers: [PersonResolver, PersonMutationResolver, SupervisorQualificationResolver],
  entities: [Person, SupervisorQualification],
  migrations: [SupervisorRegister1768450000001],
  references: { Person: { __resolveReference: resolvePersonReference } },
};
