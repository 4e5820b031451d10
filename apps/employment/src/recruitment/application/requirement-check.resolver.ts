import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequirementCheck } from './requirement-check.entity';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => RequirementCheck)
export class RequirementCheckResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Vem som kontrollerade kravet.' })
  checkedBy(@Root() check: RequirementCheck, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> | null {
    return check.checkedById ? loaders.person.load(check.checkedById) : null;
  }
}
