import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { OfferState } from '@bt/domain';
import { RoundPosition } from './round-position.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import { Site } from '../../site/site.entity';
import type { EmploymentContext } from '../../employment.context';

/** REC-2, REC-8: the round's offers at the position's site in `state`. */
async function offersAt(ctx: EmploymentContext, position: RoundPosition, state: OfferState): Promise<number> {
  const offers = await recruitmentLoaders(ctx).offersByRound.load(position.roundId);
  return offers.filter((offer) => offer.siteId === position.siteId && offer.state === state).length;
}

@Resolver(() => RoundPosition)
export class RoundPositionResolver {
  @FieldResolver(() => Site)
  site(@Root() position: RoundPosition, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(position.siteId);
  }

  @FieldResolver(() => Int, { description: 'REC-2, REC-8: tillsatta platser: antagna erbjudanden med huvudorten (t.ex. "Växjö 2 av 4": filled av count).' })
  filled(@Root() position: RoundPosition, @Ctx() ctx: EmploymentContext): Promise<number> {
    return offersAt(ctx, position, OfferState.ACCEPTED);
  }

  @FieldResolver(() => Int, { description: 'REC-7: erbjudanden med huvudorten som väntar på svar.' })
  offered(@Root() position: RoundPosition, @Ctx() ctx: EmploymentContext): Promise<number> {
    return offersAt(ctx, position, OfferState.PENDING);
  }
}
