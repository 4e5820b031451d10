import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeEngineNeutral, undoEngineNeutral, type EngineNeutralSchema } from '@bt/database';

/**
 * What CertificationInitial1763800000000 created that reads back differently on the two engines (see
 * `EngineNeutralSchema`): its one foreign key (written without rules) and the unique (certificateId,
 * capacity) of certificate_signature that MySQL/MariaDB never got (the table also has an unnamed index).
 */
const SCHEMA: EngineNeutralSchema = {
  keys: [{ table: 'certificate_signature', column: 'certificateId', references: 'certificate' }],
  // named as the entity's @Unique(['certificateId', 'capacity']) is named on MySQL/MariaDB (SQLite has it as UQ_4d67e7…)
  missingUniques: [{ table: 'certificate_signature', name: 'IDX_4d67e79d17631e4da04627abb9', columnNames: ['certificateId', 'capacity'] }],
  intColumns: [],
};

/** The same schema on both engines, as the entities declare it. */
export class EngineNeutralSchema1766000000000 implements MigrationInterface {
  name = 'EngineNeutralSchema1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await makeEngineNeutral(queryRunner, SCHEMA);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await undoEngineNeutral(queryRunner, SCHEMA);
  }
}
