import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * EDU-7, ORG-2: a main supervision is changed with the version read (no lost writes; existing rows start
 * at 1), and every appointment of a main or clinical supervisor is recorded in supervision_log: who,
 * when, what, and the warnings it was saved with. Schema builder only: same on MySQL and SQLite.
 */
export class SupervisionLog1768450000002 implements MigrationInterface {
  name = 'SupervisionLog1768450000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('main_supervision', new TableColumn({ name: 'version', type: 'integer', default: 1, isNullable: false }));
    await queryRunner.createTable(
      new Table({
        name: 'supervision_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'occurredAt', type: 'datetime', precision: 3 },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'traineeId', type: 'varchar', length: '36' },
          { name: 'placementId', type: 'varchar', length: '36', isNullable: true },
          { name: 'personId', type: 'varchar', length: '36', isNullable: true },
          { name: 'previousPersonId', type: 'varchar', length: '36', isNullable: true },
          { name: 'fromDate', type: 'date', isNullable: true },
          { name: 'warnings', type: 'varchar', length: '500', isNullable: true },
          { name: 'actorId', type: 'varchar', length: '60' },
          { name: 'actorUsername', type: 'varchar', length: '60' },
          { name: 'requestId', type: 'varchar', length: '100', isNullable: true },
          { name: 'clientAddress', type: 'varchar', length: '100', isNullable: true },
        ],
        indices: [{ name: 'IDX_supervision_log_trainee', columnNames: ['traineeId', 'occurredAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('supervision_log');
    await queryRunner.dropColumn('main_supervision', 'version');
  }
}
