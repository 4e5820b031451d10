import { loadOneBy, perRequest } from '@bt/subgraph';
import { SupervisorQualification } from './supervisor-qualification.entity';
import type { EmploymentContext } from '../employment.context';

/** The supervisor register by person: one statement per request. */
export const personLoaders = perRequest(({ dataSource }: EmploymentContext) => ({
  supervisorQualification: loadOneBy(dataSource, SupervisorQualification, 'id'),
}));
