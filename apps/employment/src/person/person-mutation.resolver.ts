import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { missingReferences, personProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Person } from './person.entity';
import { PersonInput } from './person.input';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Person)
export class PersonMutationResolver {
  @Authorized(Role.DIRECTOR, Role.ADMIN_SUPPORT)
  @Mutation(() => Person, { description: 'Ändrar en person i personalen: namn, titel, roller, huvudort, enhet och studierektors ansvarsområde.' })
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PersonInput) input: PersonInput,
    @Ctx() { dataSource, loaders }: EmploymentContext,
  ): Promise<Person> {
    const [person, site, unit] = await Promise.all([
      loaders.person.load(id),
      input.siteId ? loaders.site.load(input.siteId) : undefined,
      input.unitId ? loaders.unit.load(input.unitId) : undefined,
    ]);
    const problems = [
      ...missingReferences([
        ['Personen', 'id', id, person],
        ['Huvudorten', 'siteId', input.siteId, site],
        ['Enheten', 'unitId', input.unitId, unit],
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
    await dataSource.getRepository(Person).update({ id }, changes);
    return Object.assign(new Person(), { ...person, ...changes });
  }
}
