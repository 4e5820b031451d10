import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Database } from '@bt/database';
import {
  Application,
  Cohort,
  CriminalRecordCheck,
  ExtraHoursMonth,
  FlexBalance,
  InterviewSlot,
  Offer,
  OnCallHours,
  WorkplaceMeeting,
  MeetingAttendance,
  BtEvaluation,
  ExitConversation,
  PanelMember,
  publishUnpublishedEmployments,
  refreshSickLeaveFlags,
  Person,
  RecruitmentRound,
  RequirementCheck,
  RoundPosition,
  RubricCriterion,
  SalaryGuideline,
  Site,
  SupervisorQualification,
  SylfAttendance,
  Trainee,
  TraineeSalary,
  Unit,
  Absence,
} from '@bt/employment';
import {
  Goal,
  GoalFramework,
  GoalProgress,
  MainSupervision,
  Placement,
  publishUnpublishedTrainees,
  TrainingPlanTemplate,
  TrainingPlanTemplatePlacement,
  CheckpointChecklistItem,
} from '@bt/education';
import { Certificate, CertificateSignature } from '@bt/certification';
import type { SeedData } from './seed-data';
import { insertIgnore, rowsPerStatement } from './insert-ignore';

export interface SubgraphDatabases {
  employment: Database;
  education: Database;
  certification: Database;
}

/**
 * Inserts rows that are not there yet (by primary key): loading the same data twice changes nothing.
 * One transaction per table and as many rows per statement as the engines allow, so a national seed
 * takes seconds per table rather than one commit per few hundred rows.
 */
async function insertMissing<T extends ObjectLiteral>(database: Database, entity: EntityTarget<T>, rows: T[], progress: (n: number) => void) {
  if (rows.length === 0) return;
  const metadata = database.dataSource.getMetadata(entity);
  const chunkSize = rowsPerStatement(metadata);
  await database.dataSource.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += chunkSize) {
      const chunk = rows.slice(i, i + chunkSize);
      await insertIgnore(manager, metadata, chunk);
      progress(chunk.length);
    }
  });
}

/** Each subgraph's part of the demo data goes into that subgraph's own database, and only there. */
export async function loadSeed(databases: SubgraphDatabases, data: SeedData, onProgress: (done: number, total: number) => void = () => {}) {
  const steps: [Database, EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    [databases.employment, Site, data.sites],
    [databases.employment, Person, data.people],
    [databases.employment, Unit, data.units],
    [databases.employment, SupervisorQualification, data.supervisorQualifications],
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
    [databases.employment, CriminalRecordCheck, data.criminalRecordChecks],
    [databases.employment, Offer, data.offers],
    [databases.employment, Absence, data.absences],
    [databases.employment, ExtraHoursMonth, data.extraHoursMonths],
    [databases.employment, FlexBalance, data.flexBalances],
    [databases.employment, OnCallHours, data.onCallHours],
    [databases.employment, WorkplaceMeeting, data.workplaceMeetings],
    [databases.employment, MeetingAttendance, data.meetingAttendances],
    [databases.employment, BtEvaluation, data.btEvaluations],
    [databases.employment, ExitConversation, data.exitConversations],
    [databases.education, GoalFramework, data.goalFrameworks],
    [databases.education, Goal, data.goals],
    [databases.education, Placement, data.placements],
    [databases.education, MainSupervision, data.mainSupervisions],
    [databases.education, GoalProgress, data.goalProgress],
    [databases.education, TrainingPlanTemplate, data.trainingPlanTemplates],
    [databases.education, TrainingPlanTemplatePlacement, data.trainingPlanTemplatePlacements],
    [databases.education, CheckpointChecklistItem, data.checkpointChecklistItems],
    [databases.certification, Certificate, data.certificates],
    [databases.certification, CertificateSignature, data.signatures],
  ];
  const total = steps.reduce((sum, [, , rows]) => sum + rows.length, 0);
  let done = 0;
  // the three databases load side by side; within one, tables in the order above (references first)
  await Promise.all(
    Object.values(databases).map(async (database: Database) => {
      for (const [target, entity, rows] of steps) {
        if (target === database) await insertMissing(database, entity, rows, (n) => onProgress((done += n), total));
      }
    }),
  );
  // counts a running employment service keeps (trainee-counts.ts) are counted again, and the trainees reach education's
  // read model as change events, as any change does (education drafts the plans of those still employed; once: a second load publishes nothing)
  await publishUnpublishedEmployments(databases.employment.dataSource, data.asOf);
  // education's rows reach the other subgraphs' read models as change events, as any change does (once: a second load publishes nothing)
  await publishUnpublishedTrainees(databases.education.dataSource);
  // ABS-10, ABS-11: the demo's sick leave flagged as the nightly check would flag it on the demo's day
  await databases.employment.dataSource.transaction((manager) => refreshSickLeaveFlags(manager, data.asOf));
  return total;
}

/** True when the employment database has no sites yet: `npm start` then loads the demo data. */
export async function isEmpty(databases: SubgraphDatabases): Promise<boolean> {
  return (await databases.employment.dataSource.getRepository(Site).count()) === 0;
}
