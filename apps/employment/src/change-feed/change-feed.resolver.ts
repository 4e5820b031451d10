import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { feedPage } from '@bt/subgraph';
import { EmploymentChange } from './employment-change.type';
import type { EmploymentContext } from '../employment.context';

@Resolver()
export class EmploymentChangeFeedResolver {
  @Authorized(Permission.READ_CHANGE_FEED)
  @Query(() => [EmploymentChange], {
    description:
      'Ändringar av BT-läkares anställning efter positionen after, högst first, äldst först. Bara för utbildningsdelens tjänsteidentitet, som håller sin läsmodell av BT-läkarna aktuell med dem.',
  })
  employmentChanges(
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int) first: number,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<EmploymentChange[]> {
    return feedPage(dataSource, after, first);
  }
}
