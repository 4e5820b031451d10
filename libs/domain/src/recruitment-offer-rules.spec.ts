import { EmploymentForm } from './organisation';
import { ApplicationState as State, OfferState, RecruitmentRoundState as Round } from './recruitment';
import { criminalRecordCheckProblems, employmentFromOffer, isOfferExpired, offerAnswerProblems, offerProblems, type OfferFacts } from './recruitment-offer-rules';
import { traineeUsername, usernameFor } from './trainee-username';

describe('REC-7: the criminal-records extract', () => {
  it('is recorded as shown on a day that has come, for an applicant in the running', () => {
    expect(criminalRecordCheckProblems('2027-10-12', '2027-10-14', Round.OFFERS, State.INTERVIEWED)).toEqual([]);
    expect(criminalRecordCheckProblems('2027-10-15', '2027-10-14', Round.CLOSED, State.INELIGIBLE)).toEqual([
      'Datumet då utdraget visades (shownOn) kan inte ligga efter i dag (2027-10-14).',
      'Omgången är avslutad.',
      'Utdrag kontrolleras för behöriga sökande som ännu inte fått erbjudande.',
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

  it('is made to an interviewed applicant after the extract, with at most a week to answer', () => {
    expect(offerProblems('2027-10-21', facts)).toEqual([]);
    expect(offerProblems('2027-10-14', facts)).toEqual([]);
    expect(offerProblems('2027-10-22', facts)).toEqual(['REC-7: betänketiden är högst en vecka; svarsdagen (answerBy) ska vara mellan 2027-10-14 och 2027-10-21.']);
    expect(offerProblems('2027-10-13', facts)).toEqual([expect.stringMatching(/högst en vecka/)]);
  });

  it('is refused without the extract, outside OFFERS, to an applicant not interviewed or already offered, and when the site is full', () => {
    expect(offerProblems('2027-10-20', { ...facts, criminalRecordChecked: false, roundState: Round.INTERVIEWS, applicationState: State.ELIGIBLE, positionsTaken: 4 })).toEqual([
      'Erbjudanden lämnas när omgången är i läget erbjudanden; nu är den i läget intervjuer.',
      'Erbjudande lämnas till behöriga sökande som har intervjuats och bedömts (REC-3, REC-4).',
      'REC-7: ett utdrag ur belastningsregistret ska ha visats innan erbjudandet; registrera det först (recordCriminalRecordCheck).',
      'REC-2: alla 4 platser med huvudort Växjö är erbjudna eller tillsatta.',
    ]);
    expect(offerProblems('2027-10-20', { ...facts, applicationState: State.DECLINED })).toEqual(['Den sökande har redan fått ett erbjudande i den här omgången.']);
  });

  it('is answered once, by its day; after that it expires (REC-8 then proposes the next)', () => {
    expect(offerAnswerProblems(OfferState.PENDING, '2027-10-21', '2027-10-21')).toEqual([]);
    expect(offerAnswerProblems(OfferState.PENDING, '2027-10-21', '2027-10-22')).toEqual([expect.stringMatching(/gick ut 2027-10-21.*expireOffers/)]);
    expect(offerAnswerProblems(OfferState.DECLINED, '2027-10-21', '2027-10-15')).toEqual([expect.stringMatching(/redan besvarat/)]);
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
