import { Field, ObjectType } from 'type-graphql';
import { Offer } from './offer.entity';
import { Application } from '../application/application.entity';

@ObjectType({ description: 'Ett besvarat eller utgånget erbjudande, och vem som står näst på reservlistan (REC-8).' })
export class OfferAnswer {
  @Field(() => Offer)
  offer: Offer;

  @Field(() => Application, {
    nullable: true,
    description:
      'REC-8: vid nej eller utgånget erbjudande den högst rankade på omgångens reservlista som önskar erbjudandets huvudort, eller när ingen sådan finns kvar den högst rankade som kan tänka sig den; annars tomt.',
  })
  proposedNext: Application | null;
}
