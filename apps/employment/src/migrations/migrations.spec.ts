import { migrateUpDownUp, testEngine } from '@bt/testing';
import { employmentDatabase } from '../employment.database';

/** The core tables; each feature module (recruitment, salary) tests its own tables beside its migrations. */
const EXPECTED_TABLES = ['audit_event', 'cohort', 'person', 'site', 'trainee', 'unit'];

describe(`employment migrations on ${testEngine()}`, () => {
  it('create every table, remove them all on the way down, and apply again', async () => {
    const { afterUp, afterDown, afterUpAgain } = await migrateUpDownUp(employmentDatabase);
    expect(afterUp).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    expect(afterDown).toEqual([]);
    expect(afterUpAgain).toEqual(afterUp);
  });
});
