import { checkMigrations, testEngine, type MigrationCheck } from '@bt/testing';
import { employmentDatabase } from './employment.database';

/** Every migration of employment (core and feature modules) in the order TypeORM applies them: adding one is a conscious edit here. */
const MIGRATIONS = [
  'EmploymentInitial1763800000000',
  'ListIndexes1764000000000',
  'RecruitmentRounds1765100000000',
  'Salary1765170000000',
  'Applications1765200000000',
  'Panel1765300000000',
  'Scoring1765400000000',
  'Interviews1765500000000',
  'Offers1765600000000',
];

const TABLES = [
  // core
  'audit_event', 'cohort', 'person', 'site', 'trainee', 'unit',
  // recruitment
  'application', 'criminal_record_check', 'interview_slot', 'offer', 'panel_member', 'recruitment_round', 'requirement_check',
  'round_position', 'rubric_criterion', 'score', 'score_audit', 'score_submission', 'sylf_attendance',
  // salary
  'salary_guideline', 'trainee_salary',
].sort();

describe(`employment migrations on ${testEngine()}`, () => {
  let check: MigrationCheck;
  beforeAll(async () => {
    check = await checkMigrations(employmentDatabase);
  });

  it('apply exactly the registered migrations, in order', () => {
    expect(check.applied).toEqual(MIGRATIONS);
    expect([...check.registered].sort()).toEqual([...MIGRATIONS].sort());
  });

  it('create every table, remove them all on the way down, and apply again', () => {
    expect(check.afterUp).toEqual(TABLES);
    expect(check.afterDown).toEqual([]);
    expect(check.afterUpAgain).toEqual(TABLES);
  });

  it('leave no difference between the entities and the schema', () => {
    expect(check.pendingAfterUp.join(';\n')).toBe('');
    expect(check.pendingAfterUpAgain.join(';\n')).toBe('');
  });
});
