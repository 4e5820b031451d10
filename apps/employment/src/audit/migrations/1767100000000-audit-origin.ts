import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const COLUMNS = [
  new TableColumn({ name: 'oldValue', type: 'varchar', length: '500', isNullable: true }),
  new TableColumn({ name: 'newValue', type: 'varchar', length: '500', isNullable: true }),
  new TableColumn({ name: 'requestId', type: 'varchar', length: '100', isNullable: true }),
  new TableColumn({ name: 'clientAddress', type: 'varchar', length: '45', isNullable: true }),
];

/** The audit trail records a change's old and new value, the request id and the client's address. Schema builder only. */
export class AuditOrigin1767100000000 implements MigrationInterface {
  name = 'AuditOrigin1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('audit_event', COLUMNS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('audit_event', COLUMNS);
  }
}
