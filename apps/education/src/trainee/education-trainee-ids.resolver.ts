import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { TRAINEE_READERS } from '@bt/auth';
import { educationTraineeCriteriaProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { EducationTraineeFilter } from './education-trainee-filter.input';
import { educationTraineeIds } from './education-trainee-ids';
import type { EducationContext } from '../education.context';

@Resolver()
export class EducationTraineeIdsResolver {
  @Authorized(...TRAINEE_READERS)
  @Query(() => [ID], {
    description:
      'Id för de BT-läkare (som du får se) som uppfyller varje angivet villkor. Anställningsdelen frågar via gatewayen för sina listfilter och sin översikt.',
  })
  async educationTraineeIds(
    @Arg('filter', () => EducationTraineeFilter) filter: EducationTraineeFilter,
    @Ctx() ctx: EducationContext,
  ): Promise<string[]> {
    const problems = educationTraineeCriteriaProblems(filter);
    if (problems.length > 0) throw badUserInput(problems);
    return educationTraineeIds(ctx.dataSource, filter, await ctx.traineeScope(), ctx.today);
  }
}
