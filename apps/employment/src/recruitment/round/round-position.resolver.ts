import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RoundPosition } from './round-position.entity';
import { Site } from '../../site/site.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => RoundPosition)
export class RoundPositionResolver {
  @FieldResolver(() => Site)
  site(@Root() position: RoundPosition, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(position.siteId);
  }
}
