import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Site } from './site/site.entity';
import { Unit } from './unit/unit.entity';
import { Person } from './person/person.entity';
import { Cohort } from './cohort/cohort.entity';
import { Trainee } from './trainee/trainee.entity';

/** One SELECT … WHERE id IN (…) per type and request, whatever the number of rows. */
function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id));
  });
}

export function createEmploymentLoaders(dataSource: DataSource) {
  return {
    site: byId(dataSource, Site),
    unit: byId(dataSource, Unit),
    person: byId(dataSource, Person),
    cohort: byId(dataSource, Cohort),
    trainee: byId(dataSource, Trainee),
    traineesByCohort: new DataLoader<string, Trainee[]>(async (cohortIds) => {
      const rows = await dataSource.getRepository(Trainee).find({
        where: { cohortId: In([...cohortIds]) },
        order: { familyName: 'ASC', givenName: 'ASC' },
      });
      return cohortIds.map((id) => rows.filter((row) => row.cohortId === id));
    }),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
