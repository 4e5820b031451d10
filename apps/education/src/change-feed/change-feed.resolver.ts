import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { feedPage } from '@bt/subgraph';
import { EducationChange } from './education-change.type';
import type { EducationContext } from '../education.context';

@Resolver()
export class ChangeFeedResolver {
  @Authorized(Permission.READ_CHANGE_FEED)
  @Query(() => [EducationChange], {
    description:
      'Ändringar efter positionen after, högst first, äldst först. Bara för anställnings- och intygsdelarnas tjänsteidentiteter, som håller sina läsmodeller aktuella med dem.',
  })
  educationChanges(
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int) first: number,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<EducationChange[]> {
    return feedPage(dataSource, after, first);
  }
}
