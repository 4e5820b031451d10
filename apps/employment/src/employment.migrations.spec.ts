import { describeMigrations } from '@bt/testing';
import { employmentDatabase } from './employment.database';

describeMigrations(employmentDatabase, {
  migrations: [
    'EmploymentInitial1763800000000',
    'ListIndexes1764000000000',
    'RecruitmentRounds1765100000000',
    'Salary1765170000000',
    'Applications1765200000000',
    'Panel1765300000000',
    'Scoring1765400000000',
    'Interviews1765500000000',
    'Offers1765600000000',
    'EngineNeutralSchema1766000000000',
    'Jobs1766100000000',
    'RecordVersions1767000000000',
    'AuditOrigin1767100000000',
    'ScoreReopening1767200000000',
  ],
  tables: [
    // core
    'audit_event',
    'cohort',
    'person',
    'site',
    'trainee',
    'unit',
    // recruitment
    'application',
    'criminal_record_check',
    'interview_slot',
    'offer',
    'panel_member',
    'recruitment_round',
    'requirement_check',
    'round_position',
    'rubric_criterion',
    'score',
    'score_audit',
    'score_reopening',
    'score_submission',
    'sylf_attendance',
    // salary
    'salary_guideline',
    'trainee_salary',
    // scheduled jobs (libs/jobs)
    'job_lease',
    'job_run',
  ],
});
