import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CriminalRecordCheck } from './criminal-record-check.entity';
import { Offer } from './offer.entity';
import { Application } from '../application/application.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { EmploymentContext } from '../../employment.context';

/** REC-7 on an application: the criminal-records extract and the offer. */
@Resolver(() => Application)
export class ApplicationOfferResolver {
  @FieldResolver(() => CriminalRecordCheck, { nullable: true, description: 'REC-7: om utdraget ur belastningsregistret har visats.' })
  criminalRecordCheck(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<CriminalRecordCheck | undefined> {
    return recruitmentLoaders(ctx).criminalRecordByApplication.load(application.id);
  }

  @FieldResolver(() => Offer, { nullable: true })
  offer(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<Offer | undefined> {
    return recruitmentLoaders(ctx).offerByApplication.load(application.id);
  }
}
