import { migrateUpDownUp, testEngine } from '@bt/testing';
import { educationDatabase } from '../education.database';

const EXPECTED_TABLES = ['goal', 'goal_framework', 'goal_progress', 'main_supervision', 'placement'];

describe(`education migrations on ${testEngine()}`, () => {
  it('create every table, remove them all on the way down, and apply again', async () => {
    const { afterUp, afterDown, afterUpAgain } = await migrateUpDownUp(educationDatabase);
    expect(afterUp).toEqual(EXPECTED_TABLES);
    expect(afterDown).toEqual([]);
    expect(afterUpAgain).toEqual(afterUp);
  });
});
