import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { cohortDeletionProblems, cohortName, cohortProblems, cohortSiteChangeProblems, missingReferences } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { CohortInput } from './cohort.input';
import { Trainee } from '../trainee/trainee.entity';
import type { Site } from '../site/site.entity';
import type { EmploymentContext } from '../employment.context';

/** The stored cohort for an input that has passed its checks; without a name it is named by term, year and site. */
function cohortFrom(id: string, input: CohortInput, site: Site): Cohort {
  return Object.assign(new Cohort(), { id, siteId: site.id, startDate: input.startDate, name: input.name?.trim() || cohortName(input.startDate, site.name) });
}

@Resolver(() => Cohort)
export class CohortMutationResolver {
  @Authorized(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)
  @Mutation(() => Cohort, { description: 'Lägger upp en kull.' })
  async createCohort(@Arg('input', () => CohortInput) input: CohortInput, @Ctx() { dataSource, loaders }: EmploymentContext): Promise<Cohort> {
    const site = await loaders.site.load(input.siteId);
    const problems = [...missingReferences([['Huvudorten', 'siteId', input.siteId, site]]), ...cohortProblems(input)];
    if (problems.length > 0 || !site) throw badUserInput(problems);
    const cohort = cohortFrom(randomUUID(), input, site);
    await dataSource.getRepository(Cohort).insert(cohort);
    return cohort;
  }

  @Authorized(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)
  @Mutation(() => Cohort, { description: 'Ändrar en kull. En kull med BT-läkare byter inte huvudort.' })
  async updateCohort(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CohortInput) input: CohortInput,
    @Ctx() { dataSource, loaders }: EmploymentContext,
  ): Promise<Cohort> {
    const [existing, site] = await Promise.all([loaders.cohort.load(id), loaders.site.load(input.siteId)]);
    const problems = [...missingReferences([['Kullen', 'id', id, existing], ['Huvudorten', 'siteId', input.siteId, site]]), ...cohortProblems(input)];
    if (problems.length > 0 || !existing || !site) throw badUserInput(problems);
    return dataSource.transaction(async (manager) => {
      const trainees = existing.siteId === site.id ? 0 : await manager.countBy(Trainee, { cohortId: id });
      const moveProblems = cohortSiteChangeProblems(existing.siteId, site.id, trainees);
      if (moveProblems.length > 0) throw badUserInput(moveProblems);
      const cohort = cohortFrom(id, input, site);
      await manager.update(Cohort, { id }, { name: cohort.name, siteId: cohort.siteId, startDate: cohort.startDate });
      return cohort;
    });
  }

  @Authorized(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)
  @Mutation(() => Cohort, { description: 'Tar bort en kull utan BT-läkare.' })
  async deleteCohort(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: EmploymentContext): Promise<Cohort> {
    return dataSource.transaction(async (manager) => {
      const cohort = await manager.findOneBy(Cohort, { id });
      if (!cohort) throw badUserInput(missingReferences([['Kullen', 'id', id, cohort]]));
      const problems = cohortDeletionProblems(await manager.countBy(Trainee, { cohortId: id }));
      if (problems.length > 0) throw badUserInput(problems);
      await manager.delete(Cohort, { id });
      return cohort;
    });
  }
}
