/** EDU-5: one page of a cohort's block schedule, from employment's read model of education (one row per trainee the user may see). */
export const COHORT_BLOCK_SCHEDULE = `query ($cohortId: ID!, $page: Int!, $perPage: Int!) { cohortBlockSchedule(cohortId: $cohortId, page: $page, perPage: $perPage) {
  total items { trainee { id name } planStatus periods { kind startDate endDate placementId unit { id name } } } } }`;

/** EDU-2: trainees per unit and month, for one site or both. */
export const UNIT_CAPACITY = `query ($siteId: ID, $from: Date!, $months: Int!) { unitCapacity(siteId: $siteId, from: $from, months: $months) {
  unit { id name site { id name } } months { month trainees } } }`;

export interface BlockPeriod {
  kind: string | null;
  startDate: string;
  endDate: string;
  placementId: string | null;
  unit: { id: string; name: string } | null;
}

export interface BlockScheduleRow {
  trainee: { id: string; name: string };
  planStatus: 'NONE' | 'DRAFT' | 'CONFIRMED';
  periods: BlockPeriod[];
}

export interface BlockSchedulePage {
  total: number;
  items: BlockScheduleRow[];
}

export interface UnitCapacityRow {
  unit: { id: string; name: string; site: { id: string; name: string } };
  months: { month: string; trainees: number }[];
}
