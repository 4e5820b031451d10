import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission, Role } from '@bt/auth';
import { NESTED_LIST_DEFAULT, NESTED_LIST_MAX } from '@bt/domain';
import type { Page } from '@bt/subgraph';
import { Person } from './person.entity';
import { PersonPage, PersonPageArgs } from './person-page.args';
import { people, personPage } from './person.service';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(Permission.READ_STAFF)
  @Query(() => [Person], {
    description: `Personal i namnordning, valfritt med en viss roll: de första \`first\` (1–${NESTED_LIST_MAX}, annars BAD_USER_INPUT LIST_SIZE_OUT_OF_RANGE); alla, sida för sida: personPage.`,
  })
  people(
    @Arg('role', () => Role, { nullable: true }) role: Role | undefined,
    @Arg('first', () => Int, { defaultValue: NESTED_LIST_DEFAULT }) first: number,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<Person[]> {
    return people(dataSource, role, first);
  }

  @Authorized(Permission.READ_STAFF)
  @Query(() => PersonPage, { description: 'En sida personal för listor. sortField: name, username eller title; utan sortField: namn.' })
  personPage(@Args(() => PersonPageArgs) args: PersonPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<Person>> {
    return personPage(dataSource, args);
  }

  @Authorized(Permission.READ_ORGANISATION)
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
