import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Person } from './person.entity';
import { PersonInput } from './person.input';
import { updatePerson } from './person.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Person)
export class PersonMutationResolver {
  @Authorized(Permission.EDIT_ORGANISATION)
  @Mutation(() => Person, { description: 'Ändrar en person i personalen: namn, titel, roller, huvudort, enhet och studierektors ansvarsområde.' })
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => PersonInput) input: PersonInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Person> {
    return updatePerson(ctx.dataSource, ctx, id, version, input);
  }
}
