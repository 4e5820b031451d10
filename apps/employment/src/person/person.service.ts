import type { DataSource } from 'typeorm';
import { Role } from '@bt/auth';
import { missingReferences, personProblems } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, type Page, updateVersioned, whereContains, whereIn, whereListHas } from '@bt/subgraph';
import { Person } from './person.entity';
import type { PersonInput } from './person.input';
import { PERSON_SORTING, type PersonPageArgs } from './person-page.args';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';

/** Staff by name, optionally only those with `role`. */
export async function people(dataSource: DataSource, role: Role | undefined): Promise<Person[]> {
  const all = await dataSource.getRepository(Person).find({ order: { name: 'ASC' } });
  return role ? all.filter((person) => person.roles.includes(role)) : all;
}

/** One page of staff: filter, Swedish order, total. */
export function personPage(dataSource: DataSource, args: PersonPageArgs): Promise<Page<Person>> {
  const request = pageRequest(args, PERSON_SORTING);
  const filter = args.filter ?? {};
  const query = dataSource.getRepository(Person).createQueryBuilder('person');
  whereIn(query, 'person.id', filter.ids, 'ids');
  whereListHas(query, 'person.roles', filter.role, 'role');
  if (filter.siteId != null) query.andWhere('person.siteId = :siteId', { siteId: filter.siteId });
  if (filter.unitId != null) query.andWhere('person.unitId = :unitId', { unitId: filter.unitId });
  whereContains(query, ['person.name', 'person.username'], filter.q, 'q');
  return fetchPage(query, request);
}

/** Changes a member of staff (ORG-2): roles, site and a unit at that site. */
export async function updatePerson(dataSource: DataSource, id: string, version: number, input: PersonInput): Promise<Person> {
  const [person, site, unit] = await Promise.all([
    dataSource.getRepository(Person).findOneBy({ id }),
    input.siteId ? dataSource.getRepository(Site).findOneBy({ id: input.siteId }) : undefined,
    input.unitId ? dataSource.getRepository(Unit).findOneBy({ id: input.unitId }) : undefined,
  ]);
  const problems = [
    ...missingReferences([
      ['Personen', 'id', id, person],
      ['Huvudorten', 'input.siteId', input.siteId, site],
      ['Enheten', 'input.unitId', input.unitId, unit],
    ]),
    ...personProblems(input, { siteId: input.siteId, unitSiteId: unit?.siteId }),
  ];
  if (problems.length > 0 || !person) throw badUserInput(problems);
  const changes = {
    name: input.name.trim(),
    title: input.title?.trim() || null,
    roles: [...new Set(input.roles)],
    siteId: input.siteId ?? null,
    unitId: input.unitId ?? null,
    directorOfStudiesScope: input.directorOfStudiesScope ?? null,
  };
  const updated = await updateVersioned(dataSource.manager, Person, { id, version, what: 'personen' }, changes);
  return Object.assign(new Person(), { ...person, ...changes, version: updated });
}
