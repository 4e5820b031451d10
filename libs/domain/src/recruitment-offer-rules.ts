import { employmentEndDate } from './cohort';
import { addDays, isIsoDate, type IsoDate } from './iso-date';
import { EmploymentForm } from './organisation';
import { ApplicationState, OfferState, RecruitmentRoundState, ROUND_STATE_LABELS_SV } from './recruitment';
import { IN_THE_RUNNING } from './recruitment-application-rules';

/** The states of an application that has had an offer. */
const OFFERED_STATES: readonly ApplicationState[] = [ApplicationState.OFFERED, ApplicationState.ACCEPTED, ApplicationState.DECLINED, ApplicationState.EXPIRED];

/** REC-7: at most one week to answer an offer. */
export const MAX_ANSWER_DAYS = 7;

/**
 * REC-7: that an extract from the criminal records was shown is recorded (on which day, by whom; never
 * its content) for an applicant still in the running, on a day that has come.
 */
export function criminalRecordCheckProblems(shownOn: IsoDate, today: IsoDate, roundState: RecruitmentRoundState, applicationState: ApplicationState): string[] {
  const problems: string[] = [];
  if (!isIsoDate(shownOn)) problems.push(`Datumet då utdraget visades (shownOn) "${shownOn}" är inget giltigt datum.`);
  else if (shownOn > today) problems.push(`Datumet då utdraget visades (shownOn) kan inte ligga efter i dag (${today}).`);
  if (roundState === RecruitmentRoundState.CLOSED) problems.push('Omgången är avslutad.');
  if (!IN_THE_RUNNING.includes(applicationState)) problems.push('Utdrag kontrolleras för behöriga sökande som ännu inte fått erbjudande.');
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

/**
 * REC-7, REC-8: an offer is made while the round is in OFFERS, to an applicant who was interviewed and
 * scored (REC-4) and has not had an offer, after the criminal-records extract was shown, with at most a
 * week to answer, and only for a position still free at the site (REC-2).
 */
export function offerProblems(answerBy: IsoDate, facts: OfferFacts): string[] {
  const problems: string[] = [];
  if (facts.roundState !== RecruitmentRoundState.OFFERS) {
    problems.push(`Erbjudanden lämnas när omgången är i läget erbjudanden; nu är den i läget ${ROUND_STATE_LABELS_SV[facts.roundState]}.`);
  }
  if (OFFERED_STATES.includes(facts.applicationState)) {
    problems.push('Den sökande har redan fått ett erbjudande i den här omgången.');
  } else if (facts.applicationState !== ApplicationState.INTERVIEWED) {
    problems.push('Erbjudande lämnas till behöriga sökande som har intervjuats och bedömts (REC-3, REC-4).');
  }
  if (!facts.criminalRecordChecked) {
    problems.push('REC-7: ett utdrag ur belastningsregistret ska ha visats innan erbjudandet; registrera det först (recordCriminalRecordCheck).');
  }
  const latest = addDays(facts.today, MAX_ANSWER_DAYS);
  if (!isIsoDate(answerBy)) problems.push(`Svarsdagen (answerBy) "${answerBy}" är inget giltigt datum.`);
  else if (answerBy < facts.today || answerBy > latest) {
    problems.push(`REC-7: betänketiden är högst en vecka; svarsdagen (answerBy) ska vara mellan ${facts.today} och ${latest}.`);
  }
  if (facts.positionsTaken >= facts.positions) {
    problems.push(`REC-2: alla ${facts.positions} platser med huvudort ${facts.siteName} är erbjudna eller tillsatta.`);
  }
  return problems;
}

/** An offer is answered once, within its time. */
export function offerAnswerProblems(state: OfferState, answerBy: IsoDate, today: IsoDate): string[] {
  if (state !== OfferState.PENDING) return ['Erbjudandet är redan besvarat eller har gått ut.'];
  return answerBy < today
    ? [`Svarstiden gick ut ${answerBy}; markera erbjudandet som utgånget (expireOffers) och erbjud nästa på reservlistan.`]
    : [];
}

/** An offer not answered by its day has expired from the day after (expireOffers). */
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
