import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PROGRAMME_ROLES, Role } from '@bt/auth';
import { Person } from './person.entity';
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
