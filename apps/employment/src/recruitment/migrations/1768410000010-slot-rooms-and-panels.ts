import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ref } from './recruitment-columns';

const ROOM = new TableColumn({ name: 'room', type: 'varchar', length: '100', isNullable: true });

/** REC-6, REC-9: each interview slot's room, and who of the interview panel sits in on it. Schema builder only; foreign key rules spelled out (NO ACTION), as MariaDB would otherwise read back RESTRICT. */
export class SlotRoomsAndPanels1768410000010 implements MigrationInterface {
  name = 'SlotRoomsAndPanels1768410000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('interview_slot', ROOM);
    await queryRunner.createTable(
      new Table({
        name: 'interview_slot_panel',
        columns: [
          { ...ref('slotId'), isPrimary: true },
          { ...ref('personId'), isPrimary: true },
        ],
        indices: [{ name: 'IDX_interview_slot_panel_person', columnNames: ['personId'] }],
        foreignKeys: [
          { columnNames: ['slotId'], referencedTableName: 'interview_slot', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' },
          { columnNames: ['personId'], referencedTableName: 'person', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('interview_slot_panel');
    await queryRunner.dropColumn('interview_slot', ROOM);
  }
}
