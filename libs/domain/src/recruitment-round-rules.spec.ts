import { PanelCapacity, RecruitmentRoundState as State, RecruitmentStage, swedishList } from './recruitment';
import {
  allowedRoundTransitions,
  DEFAULT_RUBRIC,
  panelGaps,
  panelMemberProblems,
  panelOrder,
  panelRemovalProblems,
  recruitmentRoundProblems,
  roundEditProblems,
  roundStartDate,
  roundTransitionProblems,
  roundWarnings,
  rubricEditProblems,
  rubricProblems,
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

  it('warns, without refusing, when the deadline is not 3–4 weeks after the advert or the advert is not in the autumn', () => {
    expect(roundWarnings(round)).toEqual([]);
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-09-27' })).toEqual([]); // 21 days
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-09-20' })).toEqual([
      'REC-1: sista ansökningsdag (2027-09-20) ligger 14 dagar efter annonsen (2027-09-06); riktlinjen är 3–4 veckor (21–28 dagar).',
    ]);
    expect(roundWarnings({ advertDate: '2027-09-06', applicationDeadline: '2027-10-05' })).toEqual([expect.stringMatching(/29 dagar/)]);
    expect(roundWarnings({ advertDate: '2027-03-01', applicationDeadline: '2027-03-26' })).toEqual([expect.stringMatching(/höstterminen/)]);
    expect(recruitmentRoundProblems({ ...round, applicationDeadline: '2027-09-20', interviewDays: ['2027-09-22', '2027-09-23'] })).toEqual([]);
  });
});

describe('a round draft', () => {
  it('accepts REC-2 positions and REC-6 interview days (2–3, the first within a week after the deadline)', () => {
    expect(recruitmentRoundProblems(round)).toEqual([]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-08', '2027-10-06', '2027-10-07'] })).toEqual([]);
  });

  it('REC-6: refuses one or four interview days, repeated days, days on or before the deadline, and a first day later than a week after it', () => {
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06'] })).toEqual([expect.stringMatching(/^REC-6: .*två eller tre.*inte 1/)]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06', '2027-10-07', '2027-10-08', '2027-10-11'] })).toEqual([
      expect.stringMatching(/inte 4/),
    ]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-06', '2027-10-06'] })).toEqual(['Varje intervjudag (interviewDays) får bara anges en gång.']);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-01', '2027-10-04'] })).toEqual([expect.stringMatching(/efter sista ansökningsdag \(2027-10-01\)/)]);
    expect(recruitmentRoundProblems({ ...round, interviewDays: ['2027-10-09', '2027-10-11'] })).toEqual([
      'REC-6: den första intervjudagen (2027-10-09) ska ligga senast en vecka efter sista ansökningsdag, alltså senast 2027-10-08.',
    ]);
  });

  it('refuses every problem at once: empty name, bad dates, deadline before advert, bad positions', () => {
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
    expect(problems).toEqual([
      'Omgångens namn (name) får inte vara tomt.',
      'Annonsdatumet (advertDate) "2027-02-30" är inget giltigt datum.',
      'Intervjudagarna (interviewDays) "2027-13-01" är inga giltiga datum.',
      'Varje huvudort får bara anges en gång bland platserna (positions).',
      'Antalet platser (positions.count) ska vara ett heltal 0–200, inte -1.',
      'Antalet platser (positions.count) ska vara ett heltal 0–200, inte 1.5.',
      'REC-2: omgången behöver minst en plats (positions), t.ex. 4 i Växjö och 2 i Ljungby.',
    ]);
    expect(recruitmentRoundProblems({ ...round, applicationDeadline: '2027-09-06' })).toContain(
      'Sista ansökningsdag (applicationDeadline) måste vara efter annonsdatumet (advertDate).',
    );
  });

  it('changes only as a draft or while open', () => {
    expect(roundEditProblems(State.DRAFT)).toEqual([]);
    expect(roundEditProblems(State.OPEN)).toEqual([]);
    expect(roundEditProblems(State.SCREENING)).toEqual([expect.stringMatching(/urval/)]);
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
    expect(rubricProblems([{ name: 'A', weight: 3, scaleMin: 0, scaleMax: 10 }, { name: 'B', weight: 1, scaleMin: 0, scaleMax: 10 }])).toEqual([]);
    expect(rubricProblems([])).toEqual(['Bedömningsmallen behöver minst ett kriterium.']);
    expect(
      rubricProblems([
        { name: 'Intervju', weight: 0, scaleMin: 5, scaleMax: 1 },
        { name: ' intervju ', weight: 1, scaleMin: 1, scaleMax: 5 },
      ]),
    ).toEqual([
      expect.stringMatching(/^Kriterium 1: vikten/),
      expect.stringMatching(/^Kriterium 1: skalan/),
      'Kriterium 2: namnet "intervju" finns redan i mallen.',
      'Alla kriterier ska ha samma skala så att medelvärdena går att jämföra; mallen har 5–1 och 1–5.',
    ]);
  });

  it('is configurable until the round reaches the interviews', () => {
    expect(rubricEditProblems(State.SCREENING)).toEqual([]);
    expect(rubricEditProblems(State.INTERVIEWS)).toEqual([expect.stringMatching(/innan omgången når intervjuer/)]);
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

  it('seats a person only in a capacity their role can represent, once, and not on a closed round', () => {
    const seat = { stage: RecruitmentStage.INTERVIEWS, capacity: PanelCapacity.HR };
    expect(panelMemberProblems(seat, { state: State.OPEN, personRoles: ['HR_COORDINATOR'], alreadySeated: false })).toEqual([]);
    expect(panelMemberProblems({ ...seat, capacity: PanelCapacity.MANAGEMENT }, { state: State.OPEN, personRoles: ['HEAD_OF_UNIT'], alreadySeated: false })).toEqual([]);
    expect(panelMemberProblems(seat, { state: State.CLOSED, personRoles: ['DIRECTOR_OF_STUDIES'], alreadySeated: true })).toEqual([
      'Omgången är avslutad; rekryteringsgruppen kan inte längre ändras.',
      'Personen (personId) har ingen roll som kan representera HR (capacity).',
      'Personen sitter redan i intervjusteget för HR.',
    ]);
  });

  it('refuses a removal that leaves a stage without a representative once interviews have started', () => {
    const remaining = FULL_PANEL.filter((seat) => !(seat.stage === RecruitmentStage.OFFERS && seat.capacity === PanelCapacity.HR));
    expect(panelRemovalProblems(State.SCREENING, remaining)).toEqual([]);
    expect(panelRemovalProblems(State.INTERVIEWS, remaining)).toEqual([expect.stringMatching(/^REC-9: .*erbjudandesteget saknar HR\./)]);
  });
});

describe('round states', () => {
  const facts = { panel: FULL_PANEL, pendingOffers: 0 };

  it('move one step forward at a time and never back', () => {
    expect(roundTransitionProblems(State.DRAFT, State.OPEN, facts)).toEqual([]);
    expect(roundTransitionProblems(State.DRAFT, State.SCREENING, facts)).toEqual([expect.stringMatching(/ett steg i taget.*öppen för ansökan \(OPEN\)/)]);
    expect(roundTransitionProblems(State.OFFERS, State.INTERVIEWS, facts)).toEqual([expect.stringMatching(/går inte tillbaka/)]);
    expect(roundTransitionProblems(State.OPEN, State.OPEN, facts)).toEqual([expect.stringMatching(/redan/)]);
    expect(roundTransitionProblems(State.CLOSED, State.OPEN, facts)).toEqual(['Omgången är avslutad och kan inte flyttas.']);
  });

  it('REC-9: refuse INTERVIEWS and OFFERS until every stage has HR, management and a director of studies', () => {
    const panel = FULL_PANEL.filter((seat) => seat.stage !== RecruitmentStage.INTERVIEWS || seat.capacity === PanelCapacity.MANAGEMENT);
    const problems = roundTransitionProblems(State.SCREENING, State.INTERVIEWS, { panel, pendingOffers: 0 });
    expect(problems).toEqual(['REC-9: Intervjusteget saknar HR och studierektor.', expect.stringMatching(/lägg till dem i rekryteringsgruppen/)]);
    expect(roundTransitionProblems(State.INTERVIEWS, State.OFFERS, { panel, pendingOffers: 0 })).toHaveLength(2);
    expect(roundTransitionProblems(State.OPEN, State.SCREENING, { panel: [], pendingOffers: 0 })).toEqual([]);
    expect(allowedRoundTransitions(State.SCREENING, { panel, pendingOffers: 0 })).toEqual([]);
    expect(allowedRoundTransitions(State.SCREENING, facts)).toEqual([State.INTERVIEWS]);
  });

  it('close only when no offer waits for an answer', () => {
    expect(roundTransitionProblems(State.OFFERS, State.CLOSED, { ...facts, pendingOffers: 2 })).toEqual([expect.stringMatching(/^2 erbjudande\(n\) väntar/)]);
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
