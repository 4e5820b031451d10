import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar } from '@bt/subgraph';
import { Offer } from './offer.entity';
import { OfferAnswer } from './offer-answer.type';
import { answerOffer, expireOffers, makeOffer, offerTopOfEachSite, recordCriminalRecordCheck } from './offer.service';
import { TopOffers } from './top-offers.type';
import { Application } from '../application/application.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import { Site } from '../../site/site.entity';
import { Trainee } from '../../trainee/trainee.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => Application, {
    description:
      'REC-7: registrerar att den sökande visat ett utdrag ur belastningsregistret, vilken dag och av vem det kontrollerades. Innehållet sparas aldrig.',
  })
  recordCriminalRecordCheck(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('shownOn', () => DateScalar) shownOn: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return recordCriminalRecordCheck(ctx.dataSource, ctx, applicationId, shownOn);
  }

  @Authorized(Permission.MAKE_OFFER)
  @Mutation(() => Offer, {
    description:
      'REC-7: erbjuder en intervjuad och bedömd sökande en plats med en huvudort, när omgången är i erbjudanden och utdraget ur belastningsregistret är visat; svarsdagen högst en vecka fram (i dag + 7). Bara lediga platser (REC-2) erbjuds. ORG-1: biträdande AT/BT-chef erbjuder bara platser på sin egen huvudort.',
  })
  makeOffer(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('answerBy', () => DateScalar) answerBy: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Offer> {
    return makeOffer(ctx.dataSource, ctx, { applicationId, siteId, answerBy });
  }

  @Authorized(Permission.MAKE_OFFER)
  @Mutation(() => TopOffers, {
    description:
      'REC-2, REC-7, REC-8: erbjuder på en gång platser till de sökande ovanför strecket på varje huvudort (de första i rangordningen av dem som önskar orten, lika många som platserna) som ännu inte fått erbjudande, med samma sista svarsdag. Varje erbjudande prövas som ett enskilt (makeOffer): den som saknar visat utdrag ur belastningsregistret eller inte längre har en ledig plats erbjuds inte och står i notOffered med skälen. ORG-1: biträdande AT/BT-chef bara för sin egen huvudort.',
  })
  offerTopOfEachSite(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('answerBy', () => DateScalar) answerBy: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<TopOffers> {
    return offerTopOfEachSite(ctx.dataSource, ctx, roundId, answerBy);
  }

  @Authorized(Permission.ANSWER_OFFER)
  @Mutation(() => OfferAnswer, {
    description:
      'Registrerar den sökandes svar. Ja (EMP-1): den sökande anställs som BT-läkare i kullen för erbjudandets huvudort och omgångens BT-start (kullen skapas om den saknas), 12 månaders fristående anställning. Nej: nästa på reservlistan föreslås (REC-8). ORG-1: biträdande AT/BT-chef registrerar svar för sin egen huvudort.',
  })
  answerOffer(
    @Arg('offerId', () => ID) offerId: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<OfferAnswer> {
    return answerOffer(ctx.dataSource, ctx, offerId, accepted);
  }

  @Authorized(Permission.ANSWER_OFFER)
  @Mutation(() => [OfferAnswer], {
    description:
      'REC-7, REC-8: markerar obesvarade erbjudanden vars svarsdag har passerat som EXPIRED och föreslår för vart och ett nästa på reservlistan för dess huvudort (biträdande AT/BT-chef: erbjudanden på sin egen huvudort, ORG-1). Jobbet expire-offers gör detsamma för alla omgångar varje natt 00:15.',
  })
  expireOffers(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<OfferAnswer[]> {
    return expireOffers(ctx.dataSource, ctx, roundId);
  }

  @FieldResolver(() => Application)
  application(@Root() offer: Offer, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> {
    return recruitmentLoaders(ctx).application.load(offer.applicationId);
  }

  @FieldResolver(() => Site)
  site(@Root() offer: Offer, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(offer.siteId);
  }

  @FieldResolver(() => Trainee, { nullable: true, description: 'EMP-1: BT-läkaren som anställdes när erbjudandet antogs (om du får se BT-läkaren).' })
  async trainee(@Root() offer: Offer, @Ctx() ctx: EmploymentContext): Promise<Trainee | null> {
    if (!offer.traineeId) return null;
    const [trainee, visible] = await Promise.all([ctx.loaders.trainee.load(offer.traineeId), ctx.traineeScope.sees(offer.traineeId)]);
    return trainee && visible ? trainee : null;
  }
}
