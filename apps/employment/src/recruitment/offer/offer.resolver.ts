import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { In, type EntityManager } from 'typeorm';
import { inScope, Role } from '@bt/auth';
import {
  ApplicationState,
  criminalRecordCheckProblems,
  isOfferExpired,
  missingReferences,
  offerAnswerProblems,
  offerProblems,
  OfferState,
} from '@bt/domain';
import { badUserInput, DateScalar } from '@bt/subgraph';
import { Offer } from './offer.entity';
import { OfferAnswer } from './offer-answer.type';
import { CriminalRecordCheck } from './criminal-record-check.entity';
import { employApplicant } from './employ-applicant';
import { reserveBySite } from './reserve';
import { Application } from '../application/application.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { assertRoundVisible, recruitmentRequest, requireApplication, requireRound } from '../recruitment-request';
import { Site } from '../../site/site.entity';
import { Trainee } from '../../trainee/trainee.entity';
import type { EmploymentContext } from '../../employment.context';

const ANSWERERS = [Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.HR_COORDINATOR];

type Answer = OfferState.ACCEPTED | OfferState.DECLINED | OfferState.EXPIRED;

/** The application's state once its offer is answered or has expired. */
const APPLICATION_STATE: Record<Answer, ApplicationState> = {
  [OfferState.ACCEPTED]: ApplicationState.ACCEPTED,
  [OfferState.DECLINED]: ApplicationState.DECLINED,
  [OfferState.EXPIRED]: ApplicationState.EXPIRED,
};

/** Marks a pending offer and its application answered; refused when someone else answered it meanwhile. */
async function closeOffer(manager: EntityManager, offer: Offer, state: Answer, answeredById: string, traineeId: string | null = null): Promise<Offer> {
  const answered = { state, answeredAt: new Date(), answeredById, traineeId };
  const updated = await manager.update(Offer, { id: offer.id, state: OfferState.PENDING }, answered);
  if (updated.affected !== 1) throw badUserInput(['Erbjudandet besvarades nyss av någon annan; läs in det igen.']);
  await manager.update(Application, { id: offer.applicationId }, { state: APPLICATION_STATE[state] });
  return Object.assign(new Offer(), { ...offer, ...answered });
}

function offerAnswer(offer: Offer, proposedNext: Application | null = null): OfferAnswer {
  return Object.assign(new OfferAnswer(), { offer, proposedNext });
}

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => Application, {
    description: 'REC-7: registrerar att den sökande visat ett utdrag ur belastningsregistret, vilken dag och av vem det kontrollerades. Innehållet sparas aldrig.',
  })
  async recordCriminalRecordCheck(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('shownOn', () => DateScalar) shownOn: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    const application = await requireApplication(ctx, applicationId);
    const round = await recruitmentRequest(ctx).loaders.round.load(application.roundId);
    const problems = criminalRecordCheckProblems(shownOn, ctx.today, round!.state, application.state);
    if (problems.length > 0) throw badUserInput(problems);
    await ctx.dataSource.getRepository(CriminalRecordCheck).upsert({ applicationId, shownOn, checkedById: ctx.viewer.id, recordedAt: new Date() }, ['applicationId']);
    return application;
  }

  @Authorized(Role.DIRECTOR, Role.DEPUTY_DIRECTOR)
  @Mutation(() => Offer, {
    description:
      'REC-7: erbjuder en intervjuad och bedömd sökande en plats med en huvudort, när omgången är i erbjudanden och utdraget ur belastningsregistret är visat; svarsdagen högst en vecka fram (i dag + 7). Bara lediga platser (REC-2) erbjuds.',
  })
  async makeOffer(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('answerBy', () => DateScalar) answerBy: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Offer> {
    const application = await requireApplication(ctx, applicationId);
    const { loaders } = recruitmentRequest(ctx);
    const [round, site, check, positions, offers] = await Promise.all([
      loaders.round.load(application.roundId),
      ctx.loaders.site.load(siteId),
      loaders.criminalRecordByApplication.load(applicationId),
      loaders.positionsByRound.load(application.roundId),
      loaders.offersByRound.load(application.roundId),
    ]);
    const problems = [
      ...missingReferences([['Huvudorten', 'siteId', siteId, site]]),
      ...offerProblems(answerBy, {
        roundState: round!.state,
        applicationState: application.state,
        criminalRecordChecked: check !== undefined,
        positions: positions.find((position) => position.siteId === siteId)?.count ?? 0,
        positionsTaken: offers.filter((offer) => offer.siteId === siteId && (offer.state === OfferState.PENDING || offer.state === OfferState.ACCEPTED)).length,
        siteName: site?.name ?? siteId,
        today: ctx.today,
      }),
    ];
    if (problems.length > 0) throw badUserInput(problems);
    const offer = Object.assign(new Offer(), {
      id: randomUUID(),
      roundId: application.roundId,
      applicationId,
      siteId,
      answerBy,
      state: OfferState.PENDING,
      offeredById: ctx.viewer.id,
      offeredAt: new Date(),
      answeredAt: null,
      answeredById: null,
      traineeId: null,
    });
    await ctx.dataSource.transaction(async (manager) => {
      const offered = await manager.update(Application, { id: applicationId, state: ApplicationState.INTERVIEWED }, { state: ApplicationState.OFFERED });
      if (offered.affected !== 1) throw badUserInput(['Ansökan ändrades nyss av någon annan; läs in den igen.']);
      await manager.insert(Offer, offer);
    });
    loaders.application.clear(applicationId);
    return offer;
  }

  @Authorized(...ANSWERERS)
  @Mutation(() => OfferAnswer, {
    description:
      'Registrerar den sökandes svar. Ja (EMP-1): den sökande anställs som BT-läkare i kullen för erbjudandets huvudort och omgångens BT-start (kullen skapas om den saknas), 12 månaders fristående anställning. Nej: nästa på reservlistan föreslås (REC-8).',
  })
  async answerOffer(@Arg('offerId', () => ID) offerId: string, @Arg('accepted', () => Boolean) accepted: boolean, @Ctx() ctx: EmploymentContext): Promise<OfferAnswer> {
    const offer = await ctx.dataSource.getRepository(Offer).findOneBy({ id: offerId });
    if (!offer) throw badUserInput(missingReferences([['Erbjudandet', 'offerId', offerId, offer]]));
    await assertRoundVisible(ctx, offer.roundId);
    const problems = offerAnswerProblems(offer.state, offer.answerBy, ctx.today);
    if (problems.length > 0) throw badUserInput(problems);
    return ctx.dataSource.transaction(async (manager) => {
      if (accepted) {
        const [round, application] = await Promise.all([manager.findOneByOrFail(RecruitmentRound, { id: offer.roundId }), manager.findOneByOrFail(Application, { id: offer.applicationId })]);
        const trainee = await employApplicant(manager, application, offer.siteId, round.startDate, ctx.today);
        return offerAnswer(await closeOffer(manager, offer, OfferState.ACCEPTED, ctx.viewer.id, trainee.id));
      }
      const declined = await closeOffer(manager, offer, OfferState.DECLINED, ctx.viewer.id);
      const reserve = await reserveBySite(manager, offer.roundId, [offer.siteId]);
      return offerAnswer(declined, reserve.get(offer.siteId)?.[0] ?? null);
    });
  }

  @Authorized(...ANSWERERS)
  @Mutation(() => [OfferAnswer], {
    description: 'REC-7, REC-8: markerar obesvarade erbjudanden vars svarsdag har passerat som EXPIRED och föreslår för vart och ett nästa på reservlistan för dess huvudort.',
  })
  async expireOffers(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<OfferAnswer[]> {
    await requireRound(ctx, roundId);
    return ctx.dataSource.transaction(async (manager) => {
      const pending = await manager.find(Offer, { where: { roundId, state: OfferState.PENDING }, order: { answerBy: 'ASC', offeredAt: 'ASC' } });
      const expired = pending.filter((offer) => isOfferExpired(offer.state, offer.answerBy, ctx.today));
      if (expired.length === 0) return [];
      const answered = { state: OfferState.EXPIRED, answeredAt: new Date(), answeredById: ctx.viewer.id };
      await manager.update(Offer, { id: In(expired.map((offer) => offer.id)) }, answered);
      await manager.update(Application, { id: In(expired.map((offer) => offer.applicationId)) }, { state: APPLICATION_STATE[OfferState.EXPIRED] });
      const reserve = await reserveBySite(manager, roundId, expired.map((offer) => offer.siteId));
      // several expired offers at one site: each is proposed the next applicant not yet proposed
      return expired.map((offer) => offerAnswer(Object.assign(new Offer(), { ...offer, ...answered }), reserve.get(offer.siteId)?.shift() ?? null));
    });
  }

  @FieldResolver(() => Application)
  application(@Root() offer: Offer, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> {
    return recruitmentRequest(ctx).loaders.application.load(offer.applicationId);
  }

  @FieldResolver(() => Site)
  site(@Root() offer: Offer, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(offer.siteId);
  }

  @FieldResolver(() => Trainee, { nullable: true, description: 'EMP-1: BT-läkaren som anställdes när erbjudandet antogs (om du får se BT-läkaren).' })
  async trainee(@Root() offer: Offer, @Ctx() ctx: EmploymentContext): Promise<Trainee | null> {
    if (!offer.traineeId) return null;
    const [trainee, scope] = await Promise.all([ctx.loaders.trainee.load(offer.traineeId), ctx.traineeScope()]);
    return trainee && inScope(scope, trainee.id) ? trainee : null;
  }
}
