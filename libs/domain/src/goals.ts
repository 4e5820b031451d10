/** The 18 goals (delmål) of BT, HSLF-FS 2021:8. Seed reference data; administrators may revise them. */
export const GOAL_FRAMEWORK_VERSION = 'HSLF-FS 2021:8';

export const BT_GOALS: readonly { code: string; title: string }[] = [
  { code: 'BT1', title: 'Akuta och icke akuta sjukdomstillstånd' },
  { code: 'BT2', title: 'Psykiatriska sjukdomstillstånd och övrig psykisk ohälsa' },
  { code: 'BT3', title: 'Lagar och andra författningar inom hälso- och sjukvården' },
  { code: 'BT4', title: 'Hälso- och sjukvårdens styrning och organisation' },
  { code: 'BT5', title: 'Strukturerad vårddokumentation' },
  { code: 'BT6', title: 'Systematiskt kvalitetsarbete' },
  { code: 'BT7', title: 'Vetenskapligt förhållningssätt' },
  { code: 'BT8', title: 'Etik i det dagliga arbetet' },
  { code: 'BT9', title: 'Bemötande' },
  { code: 'BT10', title: 'Samarbeta och leda arbetet kring patienten' },
  { code: 'BT11', title: 'Presentera, förklara och instruera' },
  { code: 'BT12', title: 'Barn och ungdomar' },
  { code: 'BT13', title: 'Vårdhygien och smittskydd i det dagliga arbetet' },
  { code: 'BT14', title: 'Hälsofrämjande insatser' },
  { code: 'BT15', title: 'Läkemedelsbehandling' },
  { code: 'BT16', title: 'Försäkringsmedicinska intyg' },
  { code: 'BT17', title: 'Behov av palliativ vård' },
  { code: 'BT18', title: 'Dödsbevis och dödsorsaksintyg' },
];

/** EDU-11: the competence profile scale, 0–5 per goal. */
export const MIN_GOAL_LEVEL = 0;
export const MAX_GOAL_LEVEL = 5;

export function isValidGoalLevel(level: number): boolean {
  return Number.isInteger(level) && level >= MIN_GOAL_LEVEL && level <= MAX_GOAL_LEVEL;
}
