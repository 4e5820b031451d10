import { employmentEndDate } from './cohort';
import { addDays, isIsoDate, type IsoDate } from './iso-date';
import { EmploymentForm } from './organisation';
import { ApplicationState, OfferState, RecruitmentRoundState, ROUND_STATE_LABELS_SV } from './recruitment';
import { problem, type Problem } from './problem';
import { IN_THE_RUNNING, roundClosedProblem } from './recruitment-application-rules';

/** The states of an application that has had an offer. */
const OFFERED_STATES: readonly ApplicationState[] = [ApplicationState.OFFERED, ApplicationState.ACCEPTED, ApplicationState.DECLINED, ApplicationState.EXPIRED];

/** REC-7: at most one week to answer an offer. */
export const MAX_ANSWER_DAYS = 7;

/**
 * REC-7: that an extract from the criminal records was shown is recorded (on which day, by whom; never
 * its content) for an applicant still in the running, on a day that has come.
 */
export function criminalRecordCheckProblems(
  shownOn: IsoDate,
  today: IsoDate,
  roundState: RecruitmentRoundState,
  applicationState: ApplicationState,
): Problem[] {
  const problems: Problem[] = [];
  const details = { rule: 'REC-7', field: 'shownOn' };
  if (!isIsoDate(shownOn))
    problems.push(problem('DATE_INVALID', `Dagen då utdraget visades, "${shownOn}", är inget giltigt datum.`, { ...details, params: { value: shownOn } }));
  else if (shownOn > today)
    problems.push(
      problem('CRIMINAL_RECORD_SHOWN_IN_FUTURE', `Dagen då utdraget visades kan inte ligga efter i dag (${today}).`, { ...details, params: { today } }),
    );
  if (roundState === RecruitmentRoundState.CLOSED) problems.push(roundClosedProblem());
  if (!IN_THE_RUNNING.includes(applicationState)) {
    problems.push(problem('APPLICATION_NOT_IN_RUNNING', 'Utdrag kontrolleras för behöriga sökande som ännu inte fått erbjudande.', { rule: 'REC-7' }));
  }
  return problems;
}

export interface OfferFacts {
  roundState: RecruitmentRoundState;
  applicationState: ApplicationState;
  /** REC-7: the extract from the criminal records has been shown. */
  criminalRecordChecked: boolean;
  /** REC-2: the round's positions at the site, and the offers there that are pending or accepted. */
  positions: number;
  positionsTaken: number;
  siteName: string;
  today: IsoDate;
}

/** REC-7: offers are made while the round is in OFFERS. */
export function roundInOffersProblems(roundState: RecruitmentRoundState): Problem[] {
  if (roundState === RecruitmentRoundState.OFFERS) return [];
  const state = ROUND_STATE_LABELS_SV[roundState];
  return [
    problem('ROUND_NOT_IN_OFFERS', `Erbjudanden lämnas när omgången är i läget erbjudanden; nu är den i läget ${state}.`, { rule: 'REC-7', params: { state } }),
  ];
}

/** REC-7: at most a week to answer: the day to answer lies between today and a week on. */
export function answerByProblems(answerBy: IsoDate, today: IsoDate): Problem[] {
  const latest = addDays(today, MAX_ANSWER_DAYS);
  if (!isIsoDate(answerBy)) {
    return [problem('DATE_INVALID', `Sista svarsdag, "${answerBy}", är inget giltigt datum.`, { field: 'answerBy', params: { value: answerBy } })];
  }
  if (answerBy < today || answerBy > latest) {
    const message = `Betänketiden är högst en vecka: sista svarsdag ska vara mellan ${today} och ${latest}.`;
    return [problem('OFFER_ANSWER_BY_OUT_OF_RANGE', message, { rule: 'REC-7', field: 'answerBy', params: { earliest: today, latest } })];
  }
  return [];
}

/**
 * REC-7, REC-8: an offer is made while the round is in OFFERS, to an applicant who was interviewed and
 * scored (REC-4) and has not had an offer, after the criminal-records extract was shown, with at most a
 * week to answer, and only for a position still free at the site (REC-2).
 */
export function offerProblems(answerBy: IsoDate, facts: OfferFacts): Problem[] {
  const problems: Problem[] = [...roundInOffersProblems(facts.roundState)];
  if (OFFERED_STATES.includes(facts.applicationState)) {
    problems.push(problem('APPLICATION_ALREADY_OFFERED', 'Den sökande har redan fått ett erbjudande i den här omgången.', { rule: 'REC-8' }));
  } else if (facts.applicationState !== ApplicationState.INTERVIEWED) {
    problems.push(problem('APPLICATION_NOT_INTERVIEWED', 'Erbjudande lämnas till behöriga sökande som har intervjuats och bedömts.', { rule: 'REC-4' }));
  }
  if (!facts.criminalRecordChecked) {
    problems.push(
      problem('CRIMINAL_RECORD_NOT_CHECKED', 'Ett utdrag ur belastningsregistret ska ha visats innan erbjudandet. Registrera först att utdraget visats.', {
        rule: 'REC-7',
      }),
    );
  }
  problems.push(...answerByProblems(answerBy, facts.today));
  if (facts.positionsTaken >= facts.positions) {
    const message = `Alla ${facts.positions} platser med huvudort ${facts.siteName} är erbjudna eller tillsatta.`;
    problems.push(problem('NO_FREE_POSITION', message, { rule: 'REC-2', field: 'siteId', params: { positions: facts.positions, site: facts.siteName } }));
  }
  return problems;
}

/** An offer is answered once, within its time (REC-7). */
export function offerAnswerProblems(state: OfferState, answerBy: IsoDate, today: IsoDate): Problem[] {
  if (state !== OfferState.PENDING) return [problem('OFFER_ALREADY_ANSWERED', 'Erbjudandet är redan besvarat eller har gått ut.', { field: 'offerId' })];
  return answerBy < today
    ? [
        problem('OFFER_ANSWER_TIME_PASSED', `Svarstiden gick ut ${answerBy}. Markera erbjudandet som utgånget och erbjud nästa på reservlistan.`, {
          rule: 'REC-7',
          params: { answerBy },
        }),
      ]
    : [];
}

/** REC-7: an offer not answered by its day has expired from the day after. */
export function isOfferExpired(state: OfferState, answerBy: IsoDate, today: IsoDate): boolean {
  return state === OfferState.PENDING && answerBy < today;
}

/**
 * EMP-1: an accepted offer makes a fixed-term (SEPARATE) employment of 12 months from the round's start,
 * at the offer's site. (EMP-3: no earlier service is credited against it during the introduction phase,
 * so nothing in the application shortens it.)
 */
export function employmentFromOffer(startDate: IsoDate): { employmentStart: IsoDate; employmentEnd: IsoDate; employmentForm: EmploymentForm } {
  return { employmentStart: startDate, employmentEnd: employmentEndDate(startDate), employmentForm: EmploymentForm.SEPARATE };
}
