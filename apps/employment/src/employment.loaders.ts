import type { DataSource } from 'typeorm';
import { loadOneBy } from '@bt/subgraph';
import { Site } from './site/site.entity';
import { Unit } from './unit/unit.entity';
import { Person } from './person/person.entity';
import { Cohort } from './cohort/cohort.entity';
import { Trainee } from './trainee/trainee.entity';

export function createEmploymentLoaders(dataSource: DataSource) {
  return {
    site: loadOneBy(dataSource, Site, 'id'),
    unit: loadOneBy(dataSource, Unit, 'id'),
    person: loadOneBy(dataSource, Person, 'id'),
    cohort: loadOneBy(dataSource, Cohort, 'id'),
    trainee: loadOneBy(dataSource, Trainee, 'id'),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
