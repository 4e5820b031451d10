import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Site } from './site.entity';
import { sites } from './site.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Site)
export class SiteResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => [Site], { description: 'Huvudorterna.' })
  sites(@Ctx() { dataSource }: EmploymentContext): Promise<Site[]> {
    return sites(dataSource);
  }
}
