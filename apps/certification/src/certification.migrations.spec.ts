import { checkMigrations, testEngine, type MigrationCheck } from '@bt/testing';
import { certificationDatabase } from './certification.database';

/** Every migration of certification in the order TypeORM applies them: adding one is a conscious edit here. */
const MIGRATIONS = ['CertificationInitial1763800000000'];

const TABLES = ['certificate', 'certificate_signature'];

describe(`certification migrations on ${testEngine()}`, () => {
  let check: MigrationCheck;
  beforeAll(async () => {
    check = await checkMigrations(certificationDatabase);
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
