import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Goal } from './goal.entity';
import { currentFrameworkVersion } from '../goal-framework/current-framework';
import type { EducationContext } from '../education.context';

@Resolver(() => Goal)
export class GoalResolver {
  @Authorized()
  @Query(() => [Goal], { description: 'Delmålen i en målbeskrivning (utan frameworkVersion: den gällande).' })
  async goals(
    @Arg('frameworkVersion', () => String, { nullable: true }) frameworkVersion: string | undefined,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<Goal[]> {
    const version = frameworkVersion ?? (await currentFrameworkVersion(dataSource));
    return version ? dataSource.getRepository(Goal).find({ where: { frameworkVersion: version }, order: { sortOrder: 'ASC' } }) : [];
  }
}
