import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OfferNotMade } from './top-offers.type';
import { Site } from '../../site/site.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => OfferNotMade)
export class OfferNotMadeResolver {
  @FieldResolver(() => Site, { description: 'Huvudorten vars plats inte erbjöds.' })
  site(@Root() notMade: OfferNotMade, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(notMade.siteId);
  }
}
