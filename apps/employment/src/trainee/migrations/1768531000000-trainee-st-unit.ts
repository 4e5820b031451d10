import { TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { withoutSqliteSwedishNameIndex } from './1768100000000-trainee-swedish-name-index';

/** Its rules spelled out, as the entity's (NO ACTION): MariaDB would otherwise read back RESTRICT (see EngineNeutralSchema). */
const ST_UNIT = new TableForeignKey({
  columnNames: ['stUnitId'],
  referencedTableName: 'unit',
  referencedColumnNames: ['id'],
  onDelete: 'NO ACTION',
  onUpdate: 'NO ACTION',
});

/**
 * EMP-1: the unit of an integrated BT's ST employment (its head of unit appoints the HHL); null for a separate BT.
 * Schema builder, which rebuilds the table on SQLite (withoutSqliteSwedishNameIndex).
 */
export class TraineeStUnit1768531000000 implements MigrationInterface {
  name = 'TraineeStUnit1768531000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await withoutSqliteSwedishNameIndex(queryRunner, async () => {
      await queryRunner.addColumn('trainee', new TableColumn({ name: 'stUnitId', type: 'varchar', length: '36', isNullable: true }));
      await queryRunner.createForeignKey('trainee', ST_UNIT);
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await withoutSqliteSwedishNameIndex(queryRunner, async () => {
      const table = await queryRunner.getTable('trainee');
      const foreignKey = table?.foreignKeys.find((key) => key.columnNames.includes('stUnitId'));
      if (foreignKey) await queryRunner.dropForeignKey('trainee', foreignKey);
      await queryRunner.dropColumn('trainee', 'stUnitId');
    });
  }
}
