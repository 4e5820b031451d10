import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { supervisedTraineeIdsAskedBy } from './supervision.service';
import type { EducationContext } from '../education.context';

@Resolver()
export class SupervisionResolver {
  @Authorized(Permission.READ_SUPERVISED_TRAINEES)
  @Query(() => [ID], {
    description:
      'Id för de BT-läkare som personen handleder (som huvudhandledare eller klinisk handledare). En handledare får fråga om sig själv; andra delgrafer frågar med sin tjänsteidentitet om den inloggade.',
  })
  supervisedTraineeIds(@Arg('supervisorId', () => ID) supervisorId: string, @Ctx() { dataSource, viewer, today }: EducationContext): Promise<string[]> {
    return supervisedTraineeIdsAskedBy(dataSource, { viewer, today }, supervisorId);
  }
}
