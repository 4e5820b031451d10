import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { EducationTraineeFilter } from './education-trainee-filter.input';
import { educationTraineeIds } from './education-trainee-ids.service';
import type { EducationContext } from '../education.context';

@Resolver()
export class EducationTraineeIdsResolver {
  @Authorized(Permission.READ_TRAINEES, Permission.FIND_TRAINEES_BY_EDUCATION)
  @Query(() => [ID], {
    description:
      'Id för de BT-läkare (som du får se) som uppfyller varje angivet villkor. Anställningsdelen frågar med sin tjänsteidentitet via gatewayen för sina listfilter och sin översikt.',
  })
  educationTraineeIds(@Arg('filter', () => EducationTraineeFilter) filter: EducationTraineeFilter, @Ctx() ctx: EducationContext): Promise<string[]> {
    return educationTraineeIds(ctx.dataSource, { viewer: ctx.viewer, today: ctx.today }, filter, ctx.traineeScope);
  }
}
