import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 12 part 6: the imports from payroll and time reporting find (and lock) trainees by personal identity
 * number, 500 numbers a statement; without an index each statement read every trainee row, and on MariaDB
 * the lock took every row it read. Schema builder only: CREATE INDEX on both engines, no table rebuild.
 */
const IDENTITY = new TableIndex({ name: 'IDX_trainee_personal_identity_number', columnNames: ['personalIdentityNumber'] });

export class TraineeIdentityIndex1769610000000 implements MigrationInterface {
  name = 'TraineeIdentityIndex1769610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('trainee', IDENTITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('trainee', IDENTITY.name!);
  }
}
