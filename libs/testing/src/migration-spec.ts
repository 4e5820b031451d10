import type { DatabaseDefinition } from '@bt/database';
import { checkMigrations, type MigrationCheck } from './migration-check';
import { testEngine } from './test-database';

export interface ExpectedMigrations {
  /** Every migration in the order TypeORM applies them: adding one is a conscious edit of the subgraph's test. */
  migrations: string[];
  /** Every table after they have all run (without the migrations bookkeeping). */
  tables: string[];
}

/** The one migration test of a subgraph, on the engine under test (`BT_TEST_DATABASE`). */
export function describeMigrations(definition: DatabaseDefinition, expected: ExpectedMigrations): void {
  const tables = [...expected.tables].sort();
  describe(`${definition.subgraph} migrations on ${testEngine()}`, () => {
    let check: MigrationCheck;
    beforeAll(async () => {
      check = await checkMigrations(definition);
    });

    it('apply exactly the registered migrations, in order', () => {
      expect(check.applied).toEqual(expected.migrations);
      expect([...check.registered].sort()).toEqual([...expected.migrations].sort());
    });

    it('create every table, remove them all on the way down, and apply again', () => {
      expect(check.afterUp).toEqual(tables);
      expect(check.afterDown).toEqual([]);
      expect(check.afterUpAgain).toEqual(tables);
    });

    it('leave no difference between the entities and the schema (the SQL TypeORM would still run)', () => {
      expect(check.pendingAfterUp.join(';\n')).toBe('');
      expect(check.pendingAfterUpAgain.join(';\n')).toBe('');
    });
  });
}
