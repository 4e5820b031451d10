import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PROGRAMME_ROLES, Role } from '@bt/auth';
import { fetchPage, pageRequest, whereContains, whereIn, whereListHas, type Page } from '@bt/subgraph';
import { Person } from './person.entity';
import { PERSON_SORTING, PersonPage, PersonPageArgs } from './person-page.args';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(...PROGRAMME_ROLES)
  @Query(() => [Person], { description: 'Personal, valfritt med en viss roll.' })
  async people(
    @Arg('role', () => Role, { nullable: true }) role: Role | undefined,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<Person[]> {
    const people = await dataSource.getRepository(Person).find({ order: { name: 'ASC' } });
    return role ? people.filter((person) => person.roles.includes(role)) : people;
  }

  @Authorized(...PROGRAMME_ROLES)
  @Query(() => PersonPage, { description: 'En sida personal för listor. sortField: name, username eller title; utan sortField: namn.' })
  personPage(@Args(() => PersonPageArgs) args: PersonPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<Person>> {
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

  @Authorized()
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(id);
  }

  @FieldResolver(() => Site, { nullable: true })
  site(@Root() person: Person, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> | null {
    return person.siteId ? loaders.site.load(person.siteId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() person: Person, @Ctx() { loaders }: EmploymentContext): Promise<Unit | undefined> | null {
    return person.unitId ? loaders.unit.load(person.unitId) : null;
  }
}
