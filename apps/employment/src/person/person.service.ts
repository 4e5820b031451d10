import type { DataSource } from 'typeorm';
import { forbiddenBy, hasPermission, Permission, Role } from '@bt/auth';
import { missingReferences, personProblems, roleChangeProblems, roleDifference } from '@bt/domain';
import {
  badUserInput,
  fetchFirst,
  fetchPage,
  firstRequest,
  pageRequest,
  updateVersioned,
  whereContains,
  whereIn,
  whereListHas,
  type Actor,
  type Page,
} from '@bt/subgraph';
import { Person } from './person.entity';
import type { PersonInput } from './person.input';
import { PERSON_SORTING, type PersonFilter, type PersonPageArgs } from './person-page.args';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** The first `first` staff in Swedish name order, optionally only those with `role`. */
export function people(dataSource: DataSource, role: Role | undefined, first: number): Promise<Person[]> {
  const request = firstRequest(first, PERSON_SORTING);
  return fetchFirst(personQuery(dataSource, { role }), request);
}

/** One page of staff: filter, Swedish order, total. */
export function personPage(dataSource: DataSource, args: PersonPageArgs): Promise<Page<Person>> {
  const request = pageRequest(args, PERSON_SORTING);
  return fetchPage(personQuery(dataSource, args.filter ?? {}), request);
}

/** The staff a filter selects. */
function personQuery(dataSource: DataSource, filter: PersonFilter) {
  const query = dataSource.getRepository(Person).createQueryBuilder('person');
  whereIn(query, 'person.id', filter.ids, 'ids');
  whereListHas(query, 'person.roles', filter.role, 'role');
  if (filter.siteId != null) query.andWhere('person.siteId = :siteId', { siteId: filter.siteId });
  if (filter.unitId != null) query.andWhere('person.unitId = :unitId', { unitId: filter.unitId });
  whereContains(query, ['person.name', 'person.username'], filter.q, 'q');
  return query;
}

/**
 * Changes a member of staff (ORG-2): roles, site and a unit at that site. Nobody changes their own
 * roles and only the Director grants or removes privileged roles (FORBIDDEN, roleChangeProblems); a
 * change of roles is audited with the old and the new roles in the same transaction.
 */
export async function updatePerson(dataSource: DataSource, actor: Actor, id: string, version: number, input: PersonInput): Promise<Person> {
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
  const [refusal] = roleChangeProblems({
    actorId: actor.viewer.id,
    personId: id,
    before: person.roles,
    after: input.roles,
    mayGrantPrivileged: hasPermission(actor.viewer, Permission.GRANT_PRIVILEGED_ROLES),
  });
  if (refusal) throw forbiddenBy(refusal);
  const changes = {
    name: input.name.trim(),
    title: input.title?.trim() || null,
    roles: [...new Set(input.roles)],
    siteId: input.siteId ?? null,
    unitId: input.unitId ?? null,
    directorOfStudiesScope: input.directorOfStudiesScope ?? null,
  };
  const { added, removed } = roleDifference(person.roles, changes.roles);
  const updated = await dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, Person, { id, version, what: 'personen' }, changes);
    if (added.length > 0 || removed.length > 0) {
      const change = { oldValue: [...person.roles].sort().join(','), newValue: [...changes.roles].sort().join(',') };
      await manager.insert(AuditEvent, auditEvent(actor, 'CHANGE_ROLES', 'Person', id, new Date(), change));
    }
    return next;
  });
  return Object.assign(new Person(), { ...person, ...changes, version: updated });
}
