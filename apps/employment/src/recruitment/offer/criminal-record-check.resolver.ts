import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CriminalRecordCheck } from './criminal-record-check.entity';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => CriminalRecordCheck)
export class CriminalRecordCheckResolver {
  @FieldResolver(() => Person, { description: 'Vem som kontrollerade utdraget.' })
  checkedBy(@Root() check: CriminalRecordCheck, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(check.checkedById);
  }
}
