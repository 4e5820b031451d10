import { migrateUpDownUp, testEngine } from '@bt/testing';
import { employmentDatabase } from '../../employment.database';

const RECRUITMENT_TABLES = ['application', 'criminal_record_check', 'interview_slot', 'offer', 'panel_member', 'recruitment_round', 'requirement_check', 'round_position', 'rubric_criterion', 'score', 'score_audit', 'score_submission', 'sylf_attendance'];

describe(`recruitment migrations on ${testEngine()}`, () => {
  it('create the recruitment tables, remove them on the way down, and apply again', async () => {
    const { afterUp, afterDown, afterUpAgain } = await migrateUpDownUp(employmentDatabase);
    expect(afterUp).toEqual(expect.arrayContaining(RECRUITMENT_TABLES));
    expect(afterDown).toEqual([]);
    expect(afterUpAgain).toEqual(afterUp);
  });
});
