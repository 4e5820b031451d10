import { PanelCapacity, RecruitmentRoundState as State, RecruitmentStage, swedishList } from './recruitment';
import {
  allowedRoundTransitions,
  DEFAULT_RUBRIC,
  panelGaps,
  panelMemberProblems,
  panelOrder,
  panelRemovalProblems,
  panelWarnings,
  currentRoundWarnings,
  roundCalendarProblems,
  stageOfRound,
  recruitmentRoundProblems,
  roundEditProblems,
  roundStartDate,
  roundTransitionProblems,
  roundWarnings,
  rubricEditProblems,
  rubricProblems,
  secondRoundProblems,
  type PanelSeat,
  type RecruitmentRoundDraft,
} from './recruitment-round-rules';

const round: RecruitmentRoundDraft = {
  name: 'BT-rekrytering VT 2028',
  advertDate: '2027-09-06',
  applicationDeadline: '2027-10-01',
  interviewDays: ['2027-10-06', '2027-10-07'],
  positions: [
    { siteId: 'vaxjo', count: 4 },
    { siteId: 'ljungby', count: 2 },
  ],
};

const FULL_PANEL: PanelSeat[] = [RecruitmentStage.SCREENING, RecruitmentStage.INTERVIEWS, RecruitmentStage.OFFERS].flatMap((stage) =>
  [PanelCapacity.HR, PanelCapacity.MANAGEMENT, PanelCapacity.DIRECTOR_OF_STUDIES].map((capacity) => ({ stage, capacity })),
);

describe('REC-1: the round and its start', () => {
  it('starts on the Monday of ISO week 3 of the spring term after the advert', () => {
    expect(roundStartDate('2027-09-06')).toBe('2028-01-17');
    expect(roundStartDate('2026-10-01')).toBe('2027-01-18');
  });

  it('REC-1: warns, without refusing, when the deadline is not 3–4 weeks after the advert or the advert is not in the autumn', () => {
    expect(roundWarnings(round)).toEqual([]);
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-09-27' })).toEqual([]); // 21 days
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-09-20' })).toEqual([
      {
        code: 'DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT',
        rule: 'REC-1',
        field: 'input.applicationDeadline',
        message: 'Sista ansökningsdag (2027-09-20) ligger 14 dagar efter annonsen (2027-09-06); riktlinjen är 3–4 veckor (21–28 dagar).',
        params: { days: 14, advertDate: '2027-09-06', applicationDeadline: '2027-09-20' },
      },
    ]);
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-10-05' })).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/29 dagar/) }),
    ]);
    expect(roundWarnings({ advertDate: '2027-03-01', applicationDeadline: '2027-03-26' })).toEqual([
      expect.objectContaining({ code: 'ADVERT_NOT_IN_AUTUMN', rule: 'REC-1', field: 'input.advertDate', message: expect.stringMatching(/höstterminen/) }),
    ]);
    expect(recruitmentRoundProblems({ ...round, applicationDeadline: '2027-09-20', interviewDays: ['2027-09-22', '2027-09-23'] })).toEqual([]);
  });
});

describe('a round draft', () => {
  it('accepts REC-2 positions and REC-6 interview days (2–3, the first within a week after the deadline)', () => {
    expect(recruitmentRoundProblems(round)).toEqual([]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-08', '2027-10-06', '2027-10-07'] })).toEqual([]);
  });

  it('REC-6: refuses one or four interview days, repeated days, days on or before the deadline, and a first day later than a week after it', () => {
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06'] })).toEqual([
      expect.objectContaining({
        code: 'INTERVIEW_DAY_COUNT',
        rule: 'REC-6',
        field: 'input.interviewDays',
        message: expect.stringMatching(/^Intervjuerna .*två eller tre.*inte 1/),
      }),
    ]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06', '2027-10-07', '2027-10-08', '2027-10-11'] })).toEqual([
      expect.objectContaining({ code: 'INTERVIEW_DAY_COUNT', params: { min: 2, max: 3, count: 4 } }),
    ]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06', '2027-10-06'] })).toEqual([
      { code: 'INTERVIEW_DAY_REPEATED', rule: 'REC-6', field: 'input.interviewDays', message: 'Varje intervjudag får bara anges en gång.' },
    ]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-01', '2027-10-04'] })).toEqual([
      expect.objectContaining({
        code: 'INTERVIEW_DAY_BEFORE_DEADLINE',
        rule: 'REC-6',
        message: expect.stringMatching(/efter sista ansökningsdag \(2027-10-01\)/),
      }),
    ]);
    // REC-6: the invitations go out within a week of the deadline; the interviews themselves may come later
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-12', '2027-10-13', '2027-10-14'] })).toEqual([]);
  });

  it('REC-1, REC-2: refuses every problem at once: empty name, bad dates, deadline before advert, bad positions', () => {
    const problems = recruitmentRoundProblems({
      name: ' ',
      advertDate: '2027-02-30',
      applicationDeadline: '2027-10-01',
      interviewDays: ['2027-13-01', '2027-10-04'],
      positions: [
        { siteId: 'vaxjo', count: -1 },
        { siteId: 'vaxjo', count: 1.5 },
      ],
    });
    expect(problems.map(({ code, rule, field }) => [code, rule, field])).toEqual([
      ['TEXT_REQUIRED', undefined, 'input.name'],
      ['DATE_INVALID', undefined, 'input.advertDate'],
      ['DATE_INVALID', undefined, 'input.interviewDays'],
      ['POSITION_SITE_REPEATED', 'REC-2', 'input.positions'],
      ['POSITION_COUNT_INVALID', 'REC-2', 'input.positions[0].count'],
      ['POSITION_COUNT_INVALID', 'REC-2', 'input.positions[1].count'],
      ['NO_POSITIONS', 'REC-2', 'input.positions'],
    ]);
    expect(problems.map((item) => item.message)).toEqual([
      'Omgångens namn får inte vara tomt.',
      'Annonsdatumet, "2027-02-30", är inget giltigt datum.',
      'Intervjudagarna "2027-13-01" är inga giltiga datum.',
      'Varje huvudort får bara anges en gång bland platserna.',
      'Antalet platser ska vara ett heltal 0–200, inte -1.',
      'Antalet platser ska vara ett heltal 0–200, inte 1.5.',
      'Omgången behöver minst en plats, t.ex. 4 i Växjö och 2 i Ljungby.',
    ]);
    expect(recruitmentRoundProblems({ ...round, applicationDeadline: '2027-09-06' })).toContainEqual({
      code: 'DEADLINE_NOT_AFTER_ADVERT',
      rule: 'REC-1',
      field: 'input.applicationDeadline',
      message: 'Sista ansökningsdag måste vara efter annonsdatumet.',
    });
  });

  it('REC-1: changes only as a draft or while open', () => {
    expect(roundEditProblems(State.DRAFT)).toEqual([]);
    expect(roundEditProblems(State.OPEN)).toEqual([]);
    expect(roundEditProblems(State.SCREENING)).toEqual([
      expect.objectContaining({ code: 'ROUND_NOT_EDITABLE', message: expect.stringMatching(/urval/), params: { state: 'urval' } }),
    ]);
  });
});

describe('REC-4: the rubric', () => {
  it('has Intervju 40 %, Kliniskt test 30 %, Referenser 20 %, Meriter 10 % on 1–5 by default, which is valid', () => {
    expect(DEFAULT_RUBRIC.map((c) => [c.name, c.weight, c.scaleMin, c.scaleMax])).toEqual([
      ['Intervju', 0.4, 1, 5],
      ['Kliniskt test', 0.3, 1, 5],
      ['Referenser', 0.2, 1, 5],
      ['Meriter', 0.1, 1, 5],
    ]);
    expect(rubricProblems(DEFAULT_RUBRIC)).toEqual([]);
  });

  it('accepts weights that do not sum to 1, and refuses non-positive weights, bad scales, repeated names and mixed scales', () => {
    expect(
      rubricProblems([
        { name: 'A', weight: 3, scaleMin: 0, scaleMax: 10 },
        { name: 'B', weight: 1, scaleMin: 0, scaleMax: 10 },
      ]),
    ).toEqual([]);
    expect(rubricProblems([])).toEqual([{ code: 'RUBRIC_EMPTY', rule: 'REC-4', field: 'criteria', message: 'Bedömningsmallen behöver minst ett kriterium.' }]);
    expect(
      rubricProblems([
        { name: 'Intervju', weight: 0, scaleMin: 5, scaleMax: 1 },
        { name: ' intervju ', weight: 1, scaleMin: 1, scaleMax: 5 },
      ]),
    ).toEqual([
      expect.objectContaining({
        code: 'CRITERION_WEIGHT_INVALID',
        rule: 'REC-4',
        field: 'criteria[0].weight',
        message: expect.stringMatching(/^Kriterium 1: vikten/),
      }),
      expect.objectContaining({
        code: 'CRITERION_SCALE_INVALID',
        rule: 'REC-4',
        field: 'criteria[0].scaleMin',
        message: expect.stringMatching(/^Kriterium 1: skalan/),
      }),
      expect.objectContaining({ code: 'CRITERION_NAME_REPEATED', field: 'criteria[1].name', message: 'Kriterium 2: namnet "intervju" finns redan i mallen.' }),
      expect.objectContaining({
        code: 'RUBRIC_SCALES_DIFFER',
        field: 'criteria',
        message: 'Alla kriterier ska ha samma skala så att medelvärdena går att jämföra; mallen har 5–1 och 1–5.',
      }),
    ]);
  });

  it('REC-4: is configurable until the round reaches the interviews', () => {
    expect(rubricEditProblems(State.SCREENING)).toEqual([]);
    expect(rubricEditProblems(State.INTERVIEWS)).toEqual([
      expect.objectContaining({ code: 'RUBRIC_LOCKED', rule: 'REC-4', message: expect.stringMatching(/innan omgången når intervjuer/) }),
    ]);
  });
});

describe('REC-9: the panel', () => {
  it('names what each stage lacks', () => {
    expect(panelGaps(FULL_PANEL)).toEqual([]);
    const withoutInterviewHrAndStudies = FULL_PANEL.filter(
      (seat) => !(seat.stage === RecruitmentStage.INTERVIEWS && seat.capacity !== PanelCapacity.MANAGEMENT),
    );
    expect(panelGaps(withoutInterviewHrAndStudies)).toEqual(['Intervjusteget saknar HR och studierektor.']);
    expect(panelGaps([])).toEqual([
      'Urvalssteget saknar HR, chefsledet och studierektor.',
      'Intervjusteget saknar HR, chefsledet och studierektor.',
      'Erbjudandesteget saknar HR, chefsledet och studierektor.',
    ]);
  });

  it('is listed stage by stage, HR before management before directors of studies', () => {
    const shuffled = [...FULL_PANEL].reverse();
    expect(shuffled.sort(panelOrder)).toEqual(FULL_PANEL);
  });

  it('REC-9: seats a person only in a capacity their role can represent, once, and not on a closed round', () => {
    const seat = { stage: RecruitmentStage.INTERVIEWS, capacity: PanelCapacity.HR };
    expect(panelMemberProblems(seat, { state: State.OPEN, personRoles: ['HR_COORDINATOR'], alreadySeated: false })).toEqual([]);
    expect(
      panelMemberProblems({ ...seat, capacity: PanelCapacity.MANAGEMENT }, { state: State.OPEN, personRoles: ['HEAD_OF_UNIT'], alreadySeated: false }),
    ).toEqual([]);
    expect(panelMemberProblems(seat, { state: State.CLOSED, personRoles: ['DIRECTOR_OF_STUDIES'], alreadySeated: true })).toEqual([
      { code: 'ROUND_CLOSED', message: 'Omgången är avslutad; den kan inte längre ändras.' },
      {
        code: 'PANEL_CAPACITY_NOT_HELD',
        rule: 'REC-9',
        field: 'personId',
        message: 'Personen har ingen roll som kan representera HR.',
        params: { capacity: 'HR' },
      },
      {
        code: 'PANEL_SEAT_TAKEN',
        rule: 'REC-9',
        field: 'personId',
        message: 'Personen sitter redan i intervjusteget för HR.',
        params: { stage: 'intervjusteget', capacity: 'HR' },
      },
    ]);
  });

  it('REC-9: refuses a removal that leaves a stage without a representative once interviews have started', () => {
    const remaining = FULL_PANEL.filter((seat) => !(seat.stage === RecruitmentStage.OFFERS && seat.capacity === PanelCapacity.HR));
    expect(panelRemovalProblems(State.SCREENING, remaining)).toEqual([]);
    expect(panelRemovalProblems(State.INTERVIEWS, remaining)).toEqual([
      expect.objectContaining({
        code: 'PANEL_STAGE_UNCOVERED',
        rule: 'REC-9',
        message: expect.stringMatching(/^Utan den här personen erbjudandesteget saknar HR\./),
      }),
    ]);
  });
});

describe('round states', () => {
  const facts = { panel: FULL_PANEL, pendingOffers: 0 };

  it('REC-1: move one step forward at a time and never back', () => {
    expect(roundTransitionProblems(State.DRAFT, State.OPEN, facts)).toEqual([]);
    expect(roundTransitionProblems(State.DRAFT, State.SCREENING, facts)).toEqual([
      expect.objectContaining({
        code: 'ROUND_ONE_STEP_AT_A_TIME',
        field: 'to',
        message: expect.stringMatching(/ett steg i taget.*nästa steg öppen för ansökan\.$/),
      }),
    ]);
    expect(roundTransitionProblems(State.OFFERS, State.INTERVIEWS, facts)).toEqual([
      expect.objectContaining({ code: 'ROUND_CANNOT_GO_BACK', message: expect.stringMatching(/går inte tillbaka/) }),
    ]);
    expect(roundTransitionProblems(State.OPEN, State.OPEN, facts)).toEqual([
      expect.objectContaining({ code: 'ROUND_ALREADY_IN_STATE', message: expect.stringMatching(/redan/) }),
    ]);
    expect(roundTransitionProblems(State.CLOSED, State.OPEN, facts)).toEqual([{ code: 'ROUND_CLOSED', message: 'Omgången är avslutad och kan inte flyttas.' }]);
  });

  it('REC-9: refuse INTERVIEWS and OFFERS until every stage has HR, management and a director of studies', () => {
    const panel = FULL_PANEL.filter((seat) => seat.stage !== RecruitmentStage.INTERVIEWS || seat.capacity === PanelCapacity.MANAGEMENT);
    const problems = roundTransitionProblems(State.SCREENING, State.INTERVIEWS, { panel, pendingOffers: 0 });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'PANEL_INCOMPLETE',
        rule: 'REC-9',
        message: expect.stringMatching(/^Intervjusteget saknar HR och studierektor\. .*lägg till dem i rekryteringsgruppen/),
      }),
    ]);
    expect(roundTransitionProblems(State.INTERVIEWS, State.OFFERS, { panel, pendingOffers: 0 })).toEqual([
      expect.objectContaining({ code: 'PANEL_INCOMPLETE' }),
    ]);
    expect(roundTransitionProblems(State.OPEN, State.SCREENING, { panel: [], pendingOffers: 0 })).toEqual([]);
    expect(allowedRoundTransitions(State.SCREENING, { panel, pendingOffers: 0 })).toEqual([]);
    expect(allowedRoundTransitions(State.SCREENING, facts)).toEqual([State.INTERVIEWS]);
  });

  it('REC-7: close only when no offer waits for an answer', () => {
    expect(roundTransitionProblems(State.OFFERS, State.CLOSED, { ...facts, pendingOffers: 2 })).toEqual([
      expect.objectContaining({ code: 'OFFERS_PENDING', rule: 'REC-7', params: { pending: 2 }, message: expect.stringMatching(/^2 erbjudande\(n\) väntar/) }),
    ]);
    expect(allowedRoundTransitions(State.OFFERS, facts)).toEqual([State.CLOSED]);
    expect(allowedRoundTransitions(State.CLOSED, facts)).toEqual([]);
  });
});

describe('Swedish lists', () => {
  it('join with commas and "och"', () => {
    expect(swedishList(['HR'])).toBe('HR');
    expect(swedishList(['HR', 'studierektor'])).toBe('HR och studierektor');
    expect(swedishList(['a', 'b', 'c'])).toBe('a, b och c');
  });
});

describe('REC-1: one round per start term', () => {
  it('needs no reason for the only round of a start term', () => {
    expect(secondRoundProblems([], '2028-01-17', null, false)).toEqual([]);
  });

  it('refuses a second round without a reason, names the other round, and takes a reason from the Director only', () => {
    const [missing] = secondRoundProblems(['VT 2028'], '2028-01-17', ' ', true);
    expect(missing).toMatchObject({ code: 'ROUND_FOR_START_TERM_EXISTS', rule: 'REC-1', field: 'input.secondRoundReason' });
    expect(missing.message).toMatch(/redan en omgång för BT-starten 2028-01-17 \("VT 2028"\)/);
    expect(secondRoundProblems(['VT 2028'], '2028-01-17', 'Två platser blev lediga.', false).map((p) => p.code)).toEqual(['SECOND_ROUND_NEEDS_DIRECTOR']);
    expect(secondRoundProblems(['VT 2028'], '2028-01-17', 'Två platser blev lediga.', true)).toEqual([]);
    expect(secondRoundProblems(['VT 2028'], '2028-01-17', 'x'.repeat(501), true).map((p) => p.code)).toEqual(['TEXT_TOO_LONG']);
  });
});

describe('REC-9: every stage, screening included, aims at HR, management and a director of studies', () => {
  it('the stage a round is in: screening while open and in screening', () => {
    expect([State.DRAFT, State.OPEN, State.SCREENING, State.INTERVIEWS, State.OFFERS, State.CLOSED].map((state) => stageOfRound(state))).toEqual([
      null,
      RecruitmentStage.SCREENING,
      RecruitmentStage.SCREENING,
      RecruitmentStage.INTERVIEWS,
      RecruitmentStage.OFFERS,
      null,
    ]);
  });

  it('warns when the stage the round is in lacks someone, and only for that stage', () => {
    const screeningWithoutStudies = FULL_PANEL.filter(
      (seat) => !(seat.stage === RecruitmentStage.SCREENING && seat.capacity === PanelCapacity.DIRECTOR_OF_STUDIES),
    );
    expect(panelWarnings(State.SCREENING, screeningWithoutStudies)).toEqual([
      expect.objectContaining({ code: 'PANEL_STAGE_LACKS', rule: 'REC-9', message: expect.stringMatching(/^Urvalssteget saknar studierektor\. Målet är/) }),
    ]);
    expect(panelWarnings(State.INTERVIEWS, screeningWithoutStudies)).toEqual([]);
    expect(panelWarnings(State.OPEN, [])[0].message).toMatch(/^Urvalssteget saknar HR, chefsledet och studierektor\./);
    expect(panelWarnings(State.DRAFT, [])).toEqual([]);
    expect(panelWarnings(State.OFFERS, FULL_PANEL)).toEqual([]);
  });
});

describe("REC-1, REC-6: the round's states follow its calendar", () => {
  const calendar = { applicationDeadline: '2027-10-01', interviewDays: ['2027-10-07', '2027-10-06'] };

  it('not in interviews until the deadline has passed', () => {
    expect(roundCalendarProblems(State.INTERVIEWS, { ...calendar, today: '2027-10-01' })).toEqual([
      expect.objectContaining({
        code: 'ROUND_BEFORE_DEADLINE',
        rule: 'REC-6',
        message: 'Omgången kan gå till intervjuer först efter sista ansökningsdag (2027-10-01); i dag är det 2027-10-01.',
      }),
    ]);
    expect(roundCalendarProblems(State.INTERVIEWS, { ...calendar, today: '2027-10-02' })).toEqual([]);
  });

  it('not in offers before the last interview day has begun', () => {
    expect(roundCalendarProblems(State.OFFERS, { ...calendar, today: '2027-10-06' }).map((p) => [p.code, p.params])).toEqual([
      ['ROUND_BEFORE_LAST_INTERVIEW_DAY', { lastDay: '2027-10-07', today: '2027-10-06' }],
    ]);
    expect(roundCalendarProblems(State.OFFERS, { ...calendar, today: '2027-10-07' })).toEqual([]);
    expect(roundCalendarProblems(State.OPEN, { ...calendar, today: '2026-01-01' })).toEqual([]);
  });

  it('is part of the transition check when the calendar is given, and of the moves allowed now', () => {
    const facts = { panel: FULL_PANEL, pendingOffers: 0, calendar: { ...calendar, today: '2027-09-20' } };
    expect(roundTransitionProblems(State.SCREENING, State.INTERVIEWS, facts).map((p) => p.code)).toEqual(['ROUND_BEFORE_DEADLINE']);
    expect(allowedRoundTransitions(State.SCREENING, facts)).toEqual([]);
    expect(allowedRoundTransitions(State.SCREENING, { ...facts, calendar: { ...calendar, today: '2027-10-02' } })).toEqual([State.INTERVIEWS]);
  });
});

describe('the warnings a round shows now: only about the stages it is in or has ahead', () => {
  const dates = { advertDate: '2027-09-06', applicationDeadline: '2027-09-20' }; // 14 days: REC-1 warns
  const late = ['2027-10-05']; // REC-6: later than a week after the deadline

  it('REC-1: the advert and deadline warn while the round is a draft or open, no longer once screening starts', () => {
    expect(currentRoundWarnings({ ...dates, state: State.OPEN }, FULL_PANEL, []).map((w) => w.code)).toEqual(['DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT']);
    expect(currentRoundWarnings({ ...dates, state: State.INTERVIEWS }, FULL_PANEL, []).map((w) => w.code)).toEqual([]);
  });

  it('REC-6: late invitations warn until the offers; REC-9 the stage it is in; a closed round warns about nothing', () => {
    expect(currentRoundWarnings({ ...dates, state: State.INTERVIEWS }, [], late).map((w) => w.code)).toEqual(['PANEL_STAGE_LACKS', 'INVITATION_LATE']);
    expect(currentRoundWarnings({ ...dates, state: State.OFFERS }, [], late).map((w) => w.code)).toEqual(['PANEL_STAGE_LACKS']);
    expect(currentRoundWarnings({ ...dates, state: State.CLOSED }, [], late)).toEqual([]);
  });
});
