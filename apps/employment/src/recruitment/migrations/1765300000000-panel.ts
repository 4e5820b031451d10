import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** REC-9: the recruitment panel, per round and stage. */
export class Panel1765300000000 implements MigrationInterface {
  name = 'Panel1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'panel_member',
        columns: [id, ref('roundId'), ref('personId'), { name: 'stage', type: 'varchar', length: '20' }, { name: 'capacity', type: 'varchar', length: '30' }],
        indices: [
          { name: 'UQ_panel_member_seat', columnNames: ['roundId', 'personId', 'stage', 'capacity'], isUnique: true },
          { name: 'IDX_panel_member_person', columnNames: ['personId'] },
        ],
        foreignKeys: [
          { columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'] },
          { columnNames: ['personId'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('panel_member');
  }
}
