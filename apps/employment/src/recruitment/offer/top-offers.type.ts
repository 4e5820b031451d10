import { Field, ObjectType } from 'type-graphql';
import { Offer } from './offer.entity';
import { Notice } from '../notice.type';
import { Application } from '../application/application.entity';

@ObjectType({ description: 'En sökande ovanför strecket som inte fick erbjudande, och varför (t.ex. REC-7: utdraget ur belastningsregistret saknas).' })
export class OfferNotMade {
  @Field(() => Application)
  application: Application;

  /** The site of the position not offered, resolved by TopOffersResolver. */
  siteId: string;

  @Field(() => [Notice])
  reasons: Notice[];
}

@ObjectType({ description: 'Erbjudanden till de sökande ovanför strecket på varje huvudort: de som lämnades och de som inte kunde lämnas.' })
export class TopOffers {
  @Field(() => [Offer])
  offered: Offer[];

  @Field(() => [OfferNotMade])
  notOffered: OfferNotMade[];
}
