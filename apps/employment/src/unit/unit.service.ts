import { In, type DataSource } from 'typeorm';
import { Role } from '@bt/auth';
import { missingReferences, unitProblems } from '@bt/domain';
import { badUserInput, fetchFirst, fetchPage, firstRequest, pageRequest, type Page, updateVersioned, whereContains, whereIn } from '@bt/subgraph';
import { Unit } from './unit.entity';
import type { UnitInput } from './unit.input';
import { UNIT_SORTING, type UnitFilter, type UnitPageArgs } from './unit-page.args';
import { Site } from '../site/site.entity';
import { Person } from '../person/person.entity';
import { roleProblems } from '../person/role-problems';

/** The first `first` units in Swedish name order, optionally of one site. */
export function units(dataSource: DataSource, siteId: string | undefined, first: number): Promise<Unit[]> {
  const request = firstRequest(first, UNIT_SORTING);
  return fetchFirst(unitQuery(dataSource, { siteId }), request);
}

/** One page of units: filter, Swedish order, total. */
export function unitPage(dataSource: DataSource, args: UnitPageArgs): Promise<Page<Unit>> {
  const request = pageRequest(args, UNIT_SORTING);
  return fetchPage(unitQuery(dataSource, args.filter ?? {}), request);
}

/** The units a filter selects, with their site joined for sorting. */
function unitQuery(dataSource: DataSource, filter: UnitFilter) {
  const query = dataSource.getRepository(Unit).createQueryBuilder('unit').leftJoin(Site, 'site', 'site.id = unit.siteId');
  whereIn(query, 'unit.id', filter.ids, 'ids');
  if (filter.siteId != null) query.andWhere('unit.siteId = :siteId', { siteId: filter.siteId });
  if (filter.kind != null) query.andWhere('unit.kind = :kind', { kind: filter.kind });
  whereContains(query, ['unit.name'], filter.q, 'q');
  return query;
}

/** ORG-3: changes a unit; the head of unit and the BT lead must exist and have their roles. */
export async function updateUnit(dataSource: DataSource, id: string, version: number, input: UnitInput): Promise<Unit> {
  const personIds = [input.headOfUnitId, input.btLeadId].filter((personId): personId is string => !!personId);
  const [unit, site, people] = await Promise.all([
    dataSource.getRepository(Unit).findOneBy({ id }),
    dataSource.getRepository(Site).findOneBy({ id: input.siteId }),
    personIds.length > 0 ? dataSource.getRepository(Person).findBy({ id: In(personIds) }) : [],
  ]);
  const head = people.find((person) => person.id === input.headOfUnitId);
  const lead = people.find((person) => person.id === input.btLeadId);
  const problems = [
    ...missingReferences([
      ['Enheten', 'id', id, unit],
      ['Huvudorten', 'input.siteId', input.siteId, site],
      ['Verksamhetschefen', 'input.headOfUnitId', input.headOfUnitId, head],
      ['Lokalt BT-ansvarig läkare', 'input.btLeadId', input.btLeadId, lead],
    ]),
    ...unitProblems(input),
    ...roleProblems('Verksamhetschefen', 'input.headOfUnitId', head, Role.HEAD_OF_UNIT),
    ...roleProblems('Lokalt BT-ansvarig läkare', 'input.btLeadId', lead, Role.UNIT_BT_LEAD),
  ];
  if (problems.length > 0 || !unit) throw badUserInput(problems);
  const changes = {
    name: input.name.trim(),
    siteId: input.siteId,
    kind: input.kind,
    regionPart: input.regionPart ?? null,
    privatePrimaryCare: input.privatePrimaryCare ?? unit.privatePrimaryCare,
    headOfUnitId: input.headOfUnitId ?? null,
    btLeadId: input.btLeadId ?? null,
  };
  const updated = await updateVersioned(dataSource.manager, Unit, { id, version, what: 'enheten' }, changes);
  return Object.assign(new Unit(), { ...unit, ...changes, version: updated });
}
