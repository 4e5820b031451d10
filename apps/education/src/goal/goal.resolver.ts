import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Goal } from './goal.entity';
import { frameworkGoals } from './goal.service';
import type { EducationContext } from '../education.context';

@Resolver(() => Goal)
export class GoalResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => [Goal], { description: 'Delmålen i en målbeskrivning (utan frameworkVersion: den gällande).' })
  goals(
    @Arg('frameworkVersion', () => String, { nullable: true }) frameworkVersion: string | undefined,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<Goal[]> {
    return frameworkGoals(dataSource, frameworkVersion);
  }
}
