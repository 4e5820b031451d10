import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { SiteOverview } from './site-overview.type';
import { siteOverviews } from './site-overview.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => SiteOverview)
export class SiteOverviewResolver {
  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [SiteOverview], { description: 'Startsidan: en översikt per huvudort.' })
  siteOverviews(@Ctx() ctx: EmploymentContext): Promise<SiteOverview[]> {
    return siteOverviews(ctx.dataSource, ctx);
  }
}
