import { TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

const APPLICATION_COLUMNS = [
  new TableColumn({ name: 'lateAdmittedAt', type: 'datetime', isNullable: true }),
  new TableColumn({ name: 'lateAdmittedById', type: 'varchar', length: '36', isNullable: true }),
  new TableColumn({ name: 'lateAdmissionReason', type: 'varchar', length: '500', isNullable: true }),
];
/** Its rules spelled out, as the entity's (NO ACTION): MariaDB would otherwise read back RESTRICT (see EngineNeutralSchema). */
const ADMITTED_BY = new TableForeignKey({
  columnNames: ['lateAdmittedById'],
  referencedTableName: 'person',
  referencedColumnNames: ['id'],
  onDelete: 'NO ACTION',
  onUpdate: 'NO ACTION',
});
const SECOND_ROUND_REASON = new TableColumn({ name: 'secondRoundReason', type: 'varchar', length: '500', isNullable: true });

/** REC-1: a late application admitted by the Director (when, by whom, why); the Director's reason for a second round. Schema builder only. */
export class LateApplications1768200000000 implements MigrationInterface {
  name = 'LateApplications1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('application', APPLICATION_COLUMNS);
    await queryRunner.createForeignKey('application', ADMITTED_BY);
    await queryRunner.addColumn('recruitment_round', SECOND_ROUND_REASON);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('recruitment_round', SECOND_ROUND_REASON);
    const table = await queryRunner.getTable('application');
    const foreignKey = table?.foreignKeys.find((key) => key.columnNames.includes('lateAdmittedById'));
    if (foreignKey) await queryRunner.dropForeignKey('application', foreignKey);
    await queryRunner.dropColumns('application', APPLICATION_COLUMNS);
  }
}
