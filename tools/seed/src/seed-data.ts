import { BT_GOALS, GOAL_FRAMEWORK_VERSION, type IsoDate } from '@bt/domain';
import type { CheckpointChecklistItem, Goal, GoalFramework } from '@bt/education';
import type { Absence, SupervisorQualification } from '@bt/employment';
import { Random } from './random';
import { seedOrganisation, type Organisation } from './organisation.seed';
import { seedCohorts, type CohortData } from './cohorts.seed';
import { seedSalaries, type SalaryData } from './salary.seed';
import { seedRecruitment, type RecruitmentData } from './recruitment.seed';
import { seedSupervisorRegister } from './supervisor-register.seed';
import { seedTrainingPlanTemplates, type TrainingPlanTemplateData } from './training-plan-template.seed';
import { seedCheckpointChecklists } from './checkpoint-checklist.seed';
import { seedAbsences } from './absence.seed';
import { seedWorkingTime, type WorkingTimeData } from './working-time.seed';
import { seedWorkingLife, type WorkingLifeData } from './working-life.seed';

export interface SeedOptions {
  /** Multiplies trainees and supervisors (1 = Kronoberg today: 4 + 2 trainees a year). */
  scale?: number;
  /** The day the data describes: how far each cohort has come. */
  asOf?: IsoDate;
  seed?: number;
}

export type SeedData = Omit<Organisation, 'clinicalSupervisorsByUnit' | 'mainSupervisorsByUnit'> &
  CohortData &
  SalaryData &
  RecruitmentData &
  WorkingTimeData &
  WorkingLifeData &
  TrainingPlanTemplateData & {
    /** The day the data describes. */
    asOf: IsoDate;
    goalFrameworks: GoalFramework[];
    goals: Goal[];
    supervisorQualifications: SupervisorQualification[];
    checkpointChecklistItems: CheckpointChecklistItem[];
    /** ABS-1…ABS-12: the demo's absences (absence.seed.ts). */
    absences: Absence[];
  };

/** A fixed day, so the demo data is the same on every machine and every day. */
export const DEFAULT_AS_OF: IsoDate = '2026-11-22';
export const DEFAULT_SEED = 20_270_118;
/** Three yearly cohorts: finished, in progress and about to start on DEFAULT_AS_OF. */
export const SEED_YEARS = [2025, 2026, 2027];

/** Deterministic demo data for all three subgraphs. No database code; it reads only the import tool's sample file (recruitment). */
export function buildSeedData(options: SeedOptions = {}): SeedData {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`Skalan måste vara ett positivt heltal, inte ${scale}.`);
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const { clinicalSupervisorsByUnit, mainSupervisorsByUnit, ...organisation } = seedOrganisation(random, scale);
  const goals: Goal[] = BT_GOALS.map((goal, index) => ({
    id: random.uuid(),
    code: goal.code,
    title: goal.title,
    frameworkVersion: GOAL_FRAMEWORK_VERSION,
    sortOrder: index + 1,
  }));
  const cohorts = seedCohorts(
    random,
    { ...organisation, clinicalSupervisorsByUnit, mainSupervisorsByUnit },
    goals,
    SEED_YEARS,
    scale,
    options.asOf ?? DEFAULT_AS_OF,
  );
  // HSLF-FS 2021:8 came into force on 2021-07-01
  const goalFrameworks: GoalFramework[] = [{ frameworkVersion: GOAL_FRAMEWORK_VERSION, publishedAt: new Date('2021-07-01T00:00:00Z'), publishedById: null }];
  // drawn last, so the data before it stays the same as without salaries
  const salaries = seedSalaries(random, organisation.people, organisation.sites, cohorts.trainees);
  // drawn after the salaries, for the same reason
  const recruitment = seedRecruitment(random, organisation.people, organisation.sites, cohorts.cohorts, cohorts.trainees, options.asOf ?? DEFAULT_AS_OF);
  const supervisorQualifications = seedSupervisorRegister(organisation.people, organisation.units);
  // no random draws: configuration of the region
  const templates = seedTrainingPlanTemplates(organisation.sites, organisation.units);
  // configuration of the region, its ids drawn last, so the data before it stays the same
  const checkpointChecklistItems = seedCheckpointChecklists(random);
  // drawn after the checklists, so the data before it stays the same
  const workingTime = seedWorkingTime(random, organisation.people, cohorts.trainees, cohorts.placements, options.asOf ?? DEFAULT_AS_OF);
  // drawn last (after the working time), so the data before it stays the same
  const absences = seedAbsences(random, organisation.people, organisation.units, cohorts.trainees, cohorts.placements);
  // drawn last (after the absences), so the data before it stays the same
  const workingLife = seedWorkingLife(random, organisation.people, organisation.sites, cohorts.trainees, options.asOf ?? DEFAULT_AS_OF);
  return {
    asOf: options.asOf ?? DEFAULT_AS_OF,
    ...organisation,
    supervisorQualifications,
    goalFrameworks,
    goals,
    ...cohorts,
    ...salaries,
    ...recruitment,
    ...templates,
    checkpointChecklistItems,
    absences,
    ...workingTime,
    ...workingLife,
  };
}
