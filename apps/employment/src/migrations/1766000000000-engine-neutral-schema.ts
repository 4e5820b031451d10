import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeEngineNeutral, undoEngineNeutral, type EngineNeutralSchema } from '@bt/database';

/**
 * What the earlier employment migrations created that reads back differently on the two engines (see
 * `EngineNeutralSchema`), listed as they created it: every foreign key (written without rules) and
 * every `int` column. Afterwards both engines read back what the entities declare.
 */
const SCHEMA: EngineNeutralSchema = {
  keys: [
    // EmploymentInitial1763800000000
    { table: 'person', column: 'siteId', references: 'site' },
    { table: 'unit', column: 'siteId', references: 'site' },
    { table: 'unit', column: 'headOfUnitId', references: 'person' },
    { table: 'unit', column: 'btLeadId', references: 'person' },
    { table: 'cohort', column: 'siteId', references: 'site' },
    { table: 'trainee', column: 'siteId', references: 'site' },
    { table: 'trainee', column: 'cohortId', references: 'cohort' },
    // RecruitmentRounds1765100000000
    { table: 'round_position', column: 'roundId', references: 'recruitment_round', onDelete: 'CASCADE' },
    { table: 'round_position', column: 'siteId', references: 'site' },
    { table: 'rubric_criterion', column: 'roundId', references: 'recruitment_round', onDelete: 'CASCADE' },
    // Salary1765170000000
    { table: 'trainee_salary', column: 'traineeId', references: 'trainee' },
    { table: 'trainee_salary', column: 'decidedById', references: 'person' },
    // Applications1765200000000
    { table: 'application', column: 'roundId', references: 'recruitment_round' },
    { table: 'application', column: 'preferredSiteId', references: 'site' },
    { table: 'requirement_check', column: 'applicationId', references: 'application', onDelete: 'CASCADE' },
    { table: 'requirement_check', column: 'checkedById', references: 'person' },
    // Panel1765300000000
    { table: 'panel_member', column: 'roundId', references: 'recruitment_round' },
    { table: 'panel_member', column: 'personId', references: 'person' },
    // Scoring1765400000000
    { table: 'score', column: 'applicationId', references: 'application' },
    { table: 'score', column: 'personId', references: 'person' },
    { table: 'score', column: 'criterionId', references: 'rubric_criterion' },
    { table: 'score_submission', column: 'applicationId', references: 'application' },
    { table: 'score_submission', column: 'personId', references: 'person' },
    // Interviews1765500000000
    { table: 'interview_slot', column: 'roundId', references: 'recruitment_round' },
    { table: 'interview_slot', column: 'applicationId', references: 'application' },
    { table: 'sylf_attendance', column: 'applicationId', references: 'application' },
    { table: 'sylf_attendance', column: 'recordedById', references: 'person' },
    // Offers1765600000000
    { table: 'criminal_record_check', column: 'applicationId', references: 'application' },
    { table: 'criminal_record_check', column: 'checkedById', references: 'person' },
    { table: 'offer', column: 'roundId', references: 'recruitment_round' },
    { table: 'offer', column: 'applicationId', references: 'application' },
    { table: 'offer', column: 'siteId', references: 'site' },
    { table: 'offer', column: 'traineeId', references: 'trainee' },
  ],
  missingUniques: [],
  intColumns: [
    { table: 'round_position', columns: ['count'] },
    { table: 'rubric_criterion', columns: ['scaleMin', 'scaleMax', 'sortOrder'] },
    { table: 'salary_guideline', columns: ['year', 'minMonthlyOre', 'maxMonthlyOre'] },
    { table: 'trainee_salary', columns: ['monthlyOre', 'previousMonthlyOre'] },
    { table: 'application', columns: ['underlakareMonthsSweden', 'underlakareMonthsRegion'] },
    { table: 'score', columns: ['value'] },
    { table: 'score_audit', columns: ['oldValue', 'newValue'] },
  ],
};

/**
 * The same schema on both engines, as the entities declare it: explicit foreign-key rules on
 * MySQL/MariaDB, `integer` columns on SQLite. Spans the tables of core, recruitment and salary, so it
 * is listed with the other migrations that did (core-tables.module.ts).
 */
export class EngineNeutralSchema1766000000000 implements MigrationInterface {
  name = 'EngineNeutralSchema1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await makeEngineNeutral(queryRunner, SCHEMA);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await undoEngineNeutral(queryRunner, SCHEMA);
  }
}
