import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { CohortInput } from './cohort.input';
import { createCohort, deleteCohort, updateCohort } from './cohort.service';
import type { EmploymentContext } from '../employment.context';

const ORG_1 = 'ORG-1: AT/BT-chefen för alla huvudorter, biträdande AT/BT-chefen bara för sin egen.';

@Resolver(() => Cohort)
export class CohortMutationResolver {
  @Authorized(Permission.EDIT_COHORTS)
  @Mutation(() => Cohort, { description: `Lägger upp en kull. ${ORG_1}` })
  createCohort(@Arg('input', () => CohortInput) input: CohortInput, @Ctx() ctx: EmploymentContext): Promise<Cohort> {
    return createCohort(ctx.dataSource, ctx, input);
  }

  @Authorized(Permission.EDIT_COHORTS)
  @Mutation(() => Cohort, { description: `Ändrar en kull. En kull med BT-läkare byter inte huvudort. ${ORG_1}` })
  updateCohort(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => CohortInput) input: CohortInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Cohort> {
    return updateCohort(ctx.dataSource, ctx, id, version, input);
  }

  @Authorized(Permission.EDIT_COHORTS)
  @Mutation(() => Cohort, { description: `Tar bort en kull utan BT-läkare. ${ORG_1}` })
  deleteCohort(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<Cohort> {
    return deleteCohort(ctx.dataSource, ctx, id);
  }
}
