import { Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { supervisedTraineeIds } from './supervised-trainees';
import type { EducationContext } from '../education.context';

@Resolver()
export class SupervisionResolver {
  @Authorized(Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR)
  @Query(() => [ID], { description: 'Id för de BT-läkare du handleder (som huvudhandledare eller klinisk handledare).' })
  supervisedTraineeIds(@Ctx() { dataSource, viewer }: EducationContext): Promise<string[]> {
    return supervisedTraineeIds(dataSource, viewer);
  }
}
