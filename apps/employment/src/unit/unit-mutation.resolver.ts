import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Unit } from './unit.entity';
import { UnitInput } from './unit.input';
import { updateUnit } from './unit.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Unit)
export class UnitMutationResolver {
  @Authorized(Permission.EDIT_ORGANISATION)
  @Mutation(() => Unit, { description: 'Ändrar en enhet (ORG-3): namn, huvudort, typ, regiondel, vårdval (ABS-3), verksamhetschef och BT-ansvarig.' })
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => UnitInput) input: UnitInput,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<Unit> {
    return updateUnit(dataSource, id, version, input);
  }
}
