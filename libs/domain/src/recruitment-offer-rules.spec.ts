import { EmploymentForm } from './organisation';
import { ApplicationState as State, OfferState, RecruitmentRoundState as Round } from './recruitment';
import {
  criminalRecordCheckProblems,
  employmentFromOffer,
  isOfferExpired,
  offerAnswerProblems,
  offerProblems,
  type OfferFacts,
} from './recruitment-offer-rules';
import { traineeUsername, usernameFor } from './trainee-username';

describe('REC-7: the criminal-records extract', () => {
  it('REC-7: is recorded as shown on a day that has come, for an applicant in the running', () => {
    expect(criminalRecordCheckProblems('2027-10-12', '2027-10-14', Round.OFFERS, State.INTERVIEWED)).toEqual([]);
    expect(criminalRecordCheckProblems('2027-10-15', '2027-10-14', Round.CLOSED, State.INELIGIBLE)).toEqual([
      {
        code: 'CRIMINAL_RECORD_SHOWN_IN_FUTURE',
        rule: 'REC-7',
        field: 'shownOn',
        message: 'Dagen då utdraget visades kan inte ligga efter i dag (2027-10-14).',
        params: { today: '2027-10-14' },
      },
      { code: 'ROUND_CLOSED', message: 'Omgången är avslutad; den kan inte längre ändras.' },
      { code: 'APPLICATION_NOT_IN_RUNNING', rule: 'REC-7', message: 'Utdrag kontrolleras för behöriga sökande som ännu inte fått erbjudande.' },
    ]);
    expect(criminalRecordCheckProblems('2027-13-01', '2027-10-14', Round.OFFERS, State.INTERVIEWED)).toEqual([
      expect.objectContaining({ code: 'DATE_INVALID', field: 'shownOn' }),
    ]);
  });
});

describe('REC-7: an offer', () => {
  const facts: OfferFacts = {
    roundState: Round.OFFERS,
    applicationState: State.INTERVIEWED,
    criminalRecordChecked: true,
    positions: 4,
    positionsTaken: 1,
    siteName: 'Växjö',
    today: '2027-10-14',
  };

  it('REC-7: is made to an interviewed applicant after the extract, with at most a week to answer', () => {
    expect(offerProblems('2027-10-21', facts)).toEqual([]);
    expect(offerProblems('2027-10-14', facts)).toEqual([]);
    expect(offerProblems('2027-10-22', facts)).toEqual([
      {
        code: 'OFFER_ANSWER_BY_OUT_OF_RANGE',
        rule: 'REC-7',
        field: 'answerBy',
        message: 'Betänketiden är högst en vecka: sista svarsdag ska vara mellan 2027-10-14 och 2027-10-21.',
        params: { earliest: '2027-10-14', latest: '2027-10-21' },
      },
    ]);
    expect(offerProblems('2027-10-13', facts)).toEqual([expect.objectContaining({ code: 'OFFER_ANSWER_BY_OUT_OF_RANGE', field: 'answerBy' })]);
    expect(offerProblems('i morgon', facts)).toEqual([expect.objectContaining({ code: 'DATE_INVALID', field: 'answerBy' })]);
  });

  it('REC-7, REC-4, REC-8, REC-2: is refused without the extract, outside OFFERS, to an applicant not interviewed or already offered, and when the site is full', () => {
    const refused = offerProblems('2027-10-20', {
      ...facts,
      criminalRecordChecked: false,
      roundState: Round.INTERVIEWS,
      applicationState: State.ELIGIBLE,
      positionsTaken: 4,
    });
    expect(refused.map(({ code, rule, field }) => ({ code, rule, field }))).toEqual([
      { code: 'ROUND_NOT_IN_OFFERS', rule: 'REC-7', field: undefined },
      { code: 'APPLICATION_NOT_INTERVIEWED', rule: 'REC-4', field: undefined },
      { code: 'CRIMINAL_RECORD_NOT_CHECKED', rule: 'REC-7', field: undefined },
      { code: 'NO_FREE_POSITION', rule: 'REC-2', field: 'siteId' },
    ]);
    expect(refused.map((item) => item.message)).toEqual([
      'Erbjudanden lämnas när omgången är i läget erbjudanden; nu är den i läget intervjuer.',
      'Erbjudande lämnas till behöriga sökande som har intervjuats och bedömts.',
      'Ett utdrag ur belastningsregistret ska ha visats innan erbjudandet. Registrera först att utdraget visats.',
      'Alla 4 platser med huvudort Växjö är erbjudna eller tillsatta.',
    ]);
    expect(refused[3].params).toEqual({ positions: 4, site: 'Växjö' });
    expect(offerProblems('2027-10-20', { ...facts, applicationState: State.DECLINED })).toEqual([
      { code: 'APPLICATION_ALREADY_OFFERED', rule: 'REC-8', message: 'Den sökande har redan fått ett erbjudande i den här omgången.' },
    ]);
  });

  it('REC-7: is answered once, by its day; after that it expires (REC-8 then proposes the next)', () => {
    expect(offerAnswerProblems(OfferState.PENDING, '2027-10-21', '2027-10-21')).toEqual([]);
    expect(offerAnswerProblems(OfferState.PENDING, '2027-10-21', '2027-10-22')).toEqual([
      {
        code: 'OFFER_ANSWER_TIME_PASSED',
        rule: 'REC-7',
        message: 'Svarstiden gick ut 2027-10-21. Markera erbjudandet som utgånget och erbjud nästa på reservlistan.',
        params: { answerBy: '2027-10-21' },
      },
    ]);
    expect(offerAnswerProblems(OfferState.DECLINED, '2027-10-21', '2027-10-15')).toEqual([
      expect.objectContaining({ code: 'OFFER_ALREADY_ANSWERED', field: 'offerId' }),
    ]);
    expect(isOfferExpired(OfferState.PENDING, '2027-10-21', '2027-10-22')).toBe(true);
    expect(isOfferExpired(OfferState.PENDING, '2027-10-21', '2027-10-21')).toBe(false);
    expect(isOfferExpired(OfferState.ACCEPTED, '2027-10-21', '2027-11-01')).toBe(false);
  });
});

describe('EMP-1: the employment of an accepted offer', () => {
  it('is separate and lasts 12 months from the round’s start', () => {
    expect(employmentFromOffer('2028-01-17')).toEqual({ employmentStart: '2028-01-17', employmentEnd: '2029-01-16', employmentForm: EmploymentForm.SEPARATE });
  });

  it('gets a user name of plain letters, numbered when taken', () => {
    expect(usernameFor('Åsa', 'Öberg')).toBe('asa.oberg');
    expect(traineeUsername('David', 'Öberg', new Set())).toBe('bt-david.oberg');
    expect(traineeUsername('David', 'Öberg', new Set(['bt-david.oberg', 'bt-david.oberg2']))).toBe('bt-david.oberg3');
  });
});
