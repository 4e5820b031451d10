/** REC-1, REC-6: a recruitment round goes through these states, one step forward at a time. */
export enum RecruitmentRoundState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SCREENING = 'SCREENING',
  INTERVIEWS = 'INTERVIEWS',
  OFFERS = 'OFFERS',
  CLOSED = 'CLOSED',
}

/** REC-9: the stages of recruitment; every one needs HR, management and a director of studies. */
export enum RecruitmentStage {
  SCREENING = 'SCREENING',
  INTERVIEWS = 'INTERVIEWS',
  OFFERS = 'OFFERS',
}

/** REC-9: in what capacity a person sits on a recruitment panel. */
export enum PanelCapacity {
  HR = 'HR',
  MANAGEMENT = 'MANAGEMENT',
  DIRECTOR_OF_STUDIES = 'DIRECTOR_OF_STUDIES',
}

/** REC-3: the formal requirements, all needed. */
export enum FormalRequirement {
  BT_REQUIREMENT = 'BT_REQUIREMENT',
  LICENCE = 'LICENCE',
  SWEDISH_C1 = 'SWEDISH_C1',
}

export enum ApplicationState {
  RECEIVED = 'RECEIVED',
  INELIGIBLE = 'INELIGIBLE',
  ELIGIBLE = 'ELIGIBLE',
  INVITED = 'INVITED',
  INTERVIEWED = 'INTERVIEWED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  NOT_SELECTED = 'NOT_SELECTED',
}

/** REC-10: who asked for a SYLF representative at the interview. */
export enum SylfRequestedBy {
  APPLICANT = 'APPLICANT',
  SYLF = 'SYLF',
}

export enum OfferState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

export const ROUND_STATE_LABELS_SV: Record<RecruitmentRoundState, string> = {
  [RecruitmentRoundState.DRAFT]: 'utkast',
  [RecruitmentRoundState.OPEN]: 'öppen för ansökan',
  [RecruitmentRoundState.SCREENING]: 'urval',
  [RecruitmentRoundState.INTERVIEWS]: 'intervjuer',
  [RecruitmentRoundState.OFFERS]: 'erbjudanden',
  [RecruitmentRoundState.CLOSED]: 'avslutad',
};

export const STAGE_LABELS_SV: Record<RecruitmentStage, string> = {
  [RecruitmentStage.SCREENING]: 'Urvalssteget',
  [RecruitmentStage.INTERVIEWS]: 'Intervjusteget',
  [RecruitmentStage.OFFERS]: 'Erbjudandesteget',
};

export const CAPACITY_LABELS_SV: Record<PanelCapacity, string> = {
  [PanelCapacity.HR]: 'HR',
  [PanelCapacity.MANAGEMENT]: 'chefsledet',
  [PanelCapacity.DIRECTOR_OF_STUDIES]: 'studierektor',
};

export const REQUIREMENT_LABELS_SV: Record<FormalRequirement, string> = {
  [FormalRequirement.BT_REQUIREMENT]: 'omfattas av kravet på BT enligt HSLF-FS 2021:8',
  [FormalRequirement.LICENCE]: 'svensk läkarlegitimation',
  [FormalRequirement.SWEDISH_C1]: 'svenska på nivå C1',
};

/** "a", "a och b", "a, b och c". */
export function swedishList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
