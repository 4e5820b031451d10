import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertPermissionReachesSite, Permission, permissionReachesSite } from '@bt/auth';
import { GraphQLError } from 'graphql';
import {
  answerByProblems,
  ApplicationState,
  criminalRecordCheckProblems,
  isOfferExpired,
  missingReferences,
  nextFromReserve,
  offerAnswerProblems,
  offerProblems,
  OfferState,
  problem,
  roundInOffersProblems,
  topOfEachSite,
  type IsoDate,
  type Problem,
} from '@bt/domain';
import { isSystemViewer } from '@bt/jobs';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Offer } from './offer.entity';
import { OfferAnswer } from './offer-answer.type';
import { CriminalRecordCheck } from './criminal-record-check.entity';
import { employApplicant } from './employ-applicant';
import { OfferNotMade, TopOffers } from './top-offers.type';
import { notice } from '../notice.type';
import { roundRanking } from '../scoring/round-ranking';
import { roundReserve } from './reserve';
import { Application } from '../application/application.entity';
import { RoundPosition } from '../round/round-position.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { assertInRoundScope, loadRoundScope } from '../round/round-scope';
import { requireApplication, requireRound } from '../recruitment.lookup';
import { Site } from '../../site/site.entity';

type Answer = OfferState.ACCEPTED | OfferState.DECLINED | OfferState.EXPIRED;

/** The application's state once its offer is answered or has expired. */
const APPLICATION_STATE: Record<Answer, ApplicationState> = {
  [OfferState.ACCEPTED]: ApplicationState.ACCEPTED,
  [OfferState.DECLINED]: ApplicationState.DECLINED,
  [OfferState.EXPIRED]: ApplicationState.EXPIRED,
};

const CHANGED_MEANWHILE = () => badUserInput([problem('CHANGED_MEANWHILE', 'Erbjudandet besvarades nyss av någon annan; läs in det igen.')]);

/** Marks pending offers and their applications answered; refused when someone else answered one meanwhile. */
async function closeOffers(
  manager: EntityManager,
  offers: readonly Offer[],
  state: Answer,
  answeredById: string,
  traineeId: string | null = null,
): Promise<Offer[]> {
  const answered = { state, answeredAt: new Date(), answeredById, traineeId };
  const updated = await manager.update(Offer, { id: In(offers.map((offer) => offer.id)), state: OfferState.PENDING }, answered);
  if (updated.affected !== offers.length) throw CHANGED_MEANWHILE();
  await manager.update(Application, { id: In(offers.map((offer) => offer.applicationId)) }, { state: APPLICATION_STATE[state] });
  return offers.map((offer) => Object.assign(new Offer(), { ...offer, ...answered }));
}

function offerAnswer(offer: Offer, proposedNext: Application | null = null): OfferAnswer {
  return Object.assign(new OfferAnswer(), { offer, proposedNext });
}

/** REC-7: records that the applicant showed an extract from the criminal records, on which day and checked by whom; never its content. */
export async function recordCriminalRecordCheck(dataSource: DataSource, actor: Actor, applicationId: string, shownOn: IsoDate): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const problems = criminalRecordCheckProblems(shownOn, actor.today, round.state, application.state);
  if (problems.length > 0) throw badUserInput(problems);
  await dataSource
    .getRepository(CriminalRecordCheck)
    .upsert({ applicationId, shownOn, checkedById: actor.viewer.id, recordedAt: new Date() }, ['applicationId']);
  return application;
}

/**
 * Takes the lock on the round's positions at a site before they are counted: a write to the row (that
 * changes nothing) holds MariaDB's row lock, and SQLite's write lock, until the transaction ends.
 */
async function claimPositions(manager: EntityManager, roundId: string, siteId: string): Promise<RoundPosition | null> {
  const count = manager.connection.driver.escape('count');
  await manager
    .createQueryBuilder()
    .update(RoundPosition)
    .set({ count: () => count })
    .where({ roundId, siteId })
    .execute();
  return manager.findOneBy(RoundPosition, { roundId, siteId });
}

export interface OfferDraft {
  applicationId: string;
  siteId: string;
  answerBy: IsoDate;
}

/**
 * REC-7: offers an interviewed, scored applicant a position at a site, after the criminal-records
 * extract was shown, with at most a week to answer; REC-2: only a free position. ORG-1: the deputy
 * director makes offers for their own site only.
 */
export async function makeOffer(dataSource: DataSource, actor: Actor, draft: OfferDraft): Promise<Offer> {
  const { applicationId, siteId, answerBy } = draft;
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const site = await dataSource.getRepository(Site).findOneBy({ id: siteId });
  if (!site) throw badUserInput(missingReferences([['Huvudorten', 'siteId', siteId, site]]));
  assertPermissionReachesSite(actor.viewer, Permission.MAKE_OFFER, siteId);
  const check = await dataSource.getRepository(CriminalRecordCheck).existsBy({ applicationId });
  const offer = Object.assign(new Offer(), {
    id: randomUUID(),
    roundId: round.id,
    applicationId,
    siteId,
    answerBy,
    state: OfferState.PENDING,
    offeredById: actor.viewer.id,
    offeredAt: new Date(),
    answeredAt: null,
    answeredById: null,
    traineeId: null,
  });
  await dataSource.transaction(async (manager) => {
    // REC-2: the site's positions are counted and claimed under its lock, so concurrent offers wait for one another
    const position = await claimPositions(manager, round.id, siteId);
    const taken = await manager.countBy(Offer, { roundId: round.id, siteId, state: In([OfferState.PENDING, OfferState.ACCEPTED]) });
    const problems = offerProblems(answerBy, {
      roundState: round.state,
      applicationState: application.state,
      criminalRecordChecked: check,
      positions: position?.count ?? 0,
      positionsTaken: taken,
      siteName: site.name,
      today: actor.today,
    });
    if (problems.length > 0) throw badUserInput(problems);
    const offered = await manager.update(Application, { id: applicationId, state: ApplicationState.INTERVIEWED }, { state: ApplicationState.OFFERED });
    if (offered.affected !== 1) throw badUserInput([problem('CHANGED_MEANWHILE', 'Ansökan ändrades nyss av någon annan; läs in den igen.')]);
    await manager.insert(Offer, offer);
  });
  return offer;
}

/** The problems of a refusal by the rules (BAD_USER_INPUT); anything else is no refusal to report. */
function refusalProblems(error: unknown): Problem[] | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') return undefined;
  return error.extensions.problems as Problem[];
}

/**
 * REC-2, REC-7, REC-8: offers positions to the applicants above each site's cut line who have no offer
 * yet (topOfEachSite), each through makeOffer as a single offer, so each still needs its criminal-records
 * check: those refused are reported with the reasons, the others are offered (each offer its own
 * transaction). Refused as a whole when the round is not in OFFERS or the day to answer is out of range.
 * ORG-1: the sites the actor makes offers for (the deputy director: their own).
 */
export async function offerTopOfEachSite(dataSource: DataSource, actor: Actor, roundId: string, answerBy: IsoDate): Promise<TopOffers> {
  const round = await requireRound(dataSource, actor, roundId);
  const problems = [...roundInOffersProblems(round.state), ...answerByProblems(answerBy, actor.today)];
  if (problems.length > 0) throw badUserInput(problems);
  const [positions, ranking] = await Promise.all([dataSource.getRepository(RoundPosition).findBy({ roundId }), roundRanking(dataSource.manager, roundId)]);
  const reached = positions.filter((position) => permissionReachesSite(actor.viewer, Permission.MAKE_OFFER, position.siteId));
  const ranked = ranking.items.map((item) => ({ ...item, preferredSiteId: item.application.preferredSiteId }));
  const offered: Offer[] = [];
  const notOffered: OfferNotMade[] = [];
  for (const { siteId, applicants } of topOfEachSite(ranked, reached)) {
    for (const { application } of applicants) {
      try {
        offered.push(await makeOffer(dataSource, actor, { applicationId: application.id, siteId, answerBy }));
      } catch (error) {
        const reasons = refusalProblems(error);
        if (!reasons) throw error;
        notOffered.push(Object.assign(new OfferNotMade(), { application, siteId, reasons: reasons.map(notice) }));
      }
    }
  }
  return Object.assign(new TopOffers(), { offered, notOffered });
}

/**
 * Registers the applicant's answer. Yes (EMP-1): the applicant is employed as a trainee at the offer's
 * site. No (REC-8): the best on the round's reserve list who prefers the site is proposed, or when none
 * is left there, the best who accepts the other site. ORG-1: the deputy director registers answers for
 * their own site only.
 */
export async function answerOffer(dataSource: DataSource, actor: Actor, offerId: string, accepted: boolean): Promise<OfferAnswer> {
  const offer = await dataSource.getRepository(Offer).findOneBy({ id: offerId });
  if (!offer) throw badUserInput(missingReferences([['Erbjudandet', 'offerId', offerId, offer]]));
  assertInRoundScope(await loadRoundScope(dataSource, actor.viewer), offer.roundId);
  assertPermissionReachesSite(actor.viewer, Permission.ANSWER_OFFER, offer.siteId);
  const problems = offerAnswerProblems(offer.state, offer.answerBy, actor.today);
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    if (accepted) {
      const [round, application] = await Promise.all([
        manager.findOneByOrFail(RecruitmentRound, { id: offer.roundId }),
        manager.findOneByOrFail(Application, { id: offer.applicationId }),
      ]);
      const trainee = await employApplicant(manager, application, offer.siteId, round.startDate, actor.today);
      const [answered] = await closeOffers(manager, [offer], OfferState.ACCEPTED, actor.viewer.id, trainee.id);
      return offerAnswer(answered);
    }
    const [declined] = await closeOffers(manager, [offer], OfferState.DECLINED, actor.viewer.id);
    return offerAnswer(declined, nextFromReserve(await roundReserve(manager, offer.roundId), offer.siteId) ?? null);
  });
}

/**
 * REC-7, REC-8: marks the pending offers whose day to answer has passed as EXPIRED, in one round or
 * (without `roundId`) in all, and proposes for each the next from its round's reserve list (REC-8, as
 * for a decline; several at once are each proposed someone not yet proposed). A person
 * expires the offers of the sites their ANSWER_OFFER reaches (ORG-1: the deputy director their own
 * site's); the scheduled job (the system actor) every overdue offer.
 */
export async function expireOffers(dataSource: DataSource, actor: Actor, roundId?: string): Promise<OfferAnswer[]> {
  if (roundId !== undefined) await requireRound(dataSource, actor, roundId);
  const reaches = (offer: Offer) => isSystemViewer(actor.viewer) || permissionReachesSite(actor.viewer, Permission.ANSWER_OFFER, offer.siteId);
  return dataSource.transaction(async (manager) => {
    const pending = await manager.find(Offer, {
      where: { ...(roundId === undefined ? {} : { roundId }), state: OfferState.PENDING },
      order: { answerBy: 'ASC', offeredAt: 'ASC' },
    });
    const expiring = pending.filter((offer) => isOfferExpired(offer.state, offer.answerBy, actor.today) && reaches(offer));
    if (expiring.length === 0) return [];
    const expired = await closeOffers(manager, expiring, OfferState.EXPIRED, actor.viewer.id);
    const answers: OfferAnswer[] = [];
    for (const round of new Set(expired.map((offer) => offer.roundId))) {
      const inRound = expired.filter((offer) => offer.roundId === round);
      let reserve = await roundReserve(manager, round);
      for (const offer of inRound) {
        // several expired offers: each is proposed an applicant not yet proposed
        const next = nextFromReserve(reserve, offer.siteId) ?? null;
        reserve = reserve.filter((applicant) => applicant !== next);
        answers.push(offerAnswer(offer, next));
      }
    }
    return answers;
  });
}
