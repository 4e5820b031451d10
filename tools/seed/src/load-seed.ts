import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Database } from '@bt/database';
import {
  Application,
  Cohort,
  InterviewSlot,
  PanelMember,
  Person,
  RecruitmentRound,
  RequirementCheck,
  RoundPosition,
  RubricCriterion,
  SalaryGuideline,
  Site,
  SylfAttendance,
  Trainee,
  TraineeSalary,
  Unit,
} from '@bt/employment';
import { Goal, GoalFramework, GoalProgress, MainSupervision, Placement } from '@bt/education';
import { Certificate, CertificateSignature } from '@bt/certification';
import type { SeedData } from './seed-data';

export interface SubgraphDatabases {
  employment: Database;
  education: Database;
  certification: Database;
}

const CHUNK = 400;

/** Inserts rows that are not there yet (by primary key): loading the same data twice changes nothing. */
async function insertMissing<T extends ObjectLiteral>(database: Database, entity: EntityTarget<T>, rows: T[], progress: (n: number) => void) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await database.dataSource
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk as never)
      .orIgnore()
      // TypeORM would read the version columns back and merge them into the rows by position, from a SELECT in no set order
      .updateEntity(false)
      .execute();
    progress(chunk.length);
  }
}

/** Each subgraph's part of the demo data goes into that subgraph's own database, and only there. */
export async function loadSeed(databases: SubgraphDatabases, data: SeedData, onProgress: (done: number, total: number) => void = () => {}) {
  const steps: [Database, EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    [databases.employment, Site, data.sites],
    [databases.employment, Person, data.people],
    [databases.employment, Unit, data.units],
    [databases.employment, Cohort, data.cohorts],
    [databases.employment, Trainee, data.trainees],
    [databases.employment, SalaryGuideline, data.salaryGuidelines],
    [databases.employment, TraineeSalary, data.traineeSalaries],
    [databases.employment, RecruitmentRound, data.recruitmentRounds],
    [databases.employment, RoundPosition, data.roundPositions],
    [databases.employment, RubricCriterion, data.rubricCriteria],
    [databases.employment, PanelMember, data.panelMembers],
    [databases.employment, Application, data.applications],
    [databases.employment, RequirementCheck, data.requirementChecks],
    [databases.employment, InterviewSlot, data.interviewSlots],
    [databases.employment, SylfAttendance, data.sylfAttendances],
    [databases.education, GoalFramework, data.goalFrameworks],
    [databases.education, Goal, data.goals],
    [databases.education, Placement, data.placements],
    [databases.education, MainSupervision, data.mainSupervisions],
    [databases.education, GoalProgress, data.goalProgress],
    [databases.certification, Certificate, data.certificates],
    [databases.certification, CertificateSignature, data.signatures],
  ];
  const total = steps.reduce((sum, [, , rows]) => sum + rows.length, 0);
  let done = 0;
  for (const [database, entity, rows] of steps) {
    await insertMissing(database, entity, rows, (n) => onProgress((done += n), total));
  }
  return total;
}

/** True when the employment database has no sites yet: `npm start` then loads the demo data. */
export async function isEmpty(databases: SubgraphDatabases): Promise<boolean> {
  return (await databases.employment.dataSource.getRepository(Site).count()) === 0;
}
