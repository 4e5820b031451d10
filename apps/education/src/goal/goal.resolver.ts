import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { GOAL_FRAMEWORK_VERSION } from '@bt/domain';
import { Goal } from './goal.entity';
import type { EducationContext } from '../education.context';

@Resolver(() => Goal)
export class GoalResolver {
  @Authorized()
  @Query(() => [Goal], { description: 'Delmålen i en målbeskrivning (standard: den gällande).' })
  goals(
    @Arg('frameworkVersion', () => String, { defaultValue: GOAL_FRAMEWORK_VERSION }) frameworkVersion: string,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<Goal[]> {
    return dataSource.getRepository(Goal).find({ where: { frameworkVersion }, order: { sortOrder: 'ASC' } });
  }
}
