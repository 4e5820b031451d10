import { migrateUpDownUp, testEngine } from '@bt/testing';
import { certificationDatabase } from '../certification.database';

const EXPECTED_TABLES = ['certificate', 'certificate_signature'];

describe(`certification migrations on ${testEngine()}`, () => {
  it('create every table, remove them all on the way down, and apply again', async () => {
    const { afterUp, afterDown, afterUpAgain } = await migrateUpDownUp(certificationDatabase);
    expect(afterUp).toEqual(EXPECTED_TABLES);
    expect(afterDown).toEqual([]);
    expect(afterUpAgain).toEqual(afterUp);
  });
});
