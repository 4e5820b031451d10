import { migrateUpDownUp, testEngine } from '@bt/testing';
import { employmentDatabase } from '../../employment.database';

const SALARY_TABLES = ['salary_guideline', 'trainee_salary'];

describe(`salary migrations on ${testEngine()}`, () => {
  it('create the salary tables with the rest of employment, remove them on the way down, and apply again', async () => {
    const { afterUp, afterDown, afterUpAgain } = await migrateUpDownUp(employmentDatabase);
    expect(afterUp).toEqual(expect.arrayContaining(SALARY_TABLES));
    expect(afterDown).toEqual([]);
    expect(afterUpAgain).toEqual(afterUp);
  });
});
