import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A read model's cursor table (ReadModelCursor), for the migration of each subgraph's first read model. */
export function readModelCursorTable(): Table {
  return new Table({
    name: 'read_model_cursor',
    columns: [
      { name: 'feed', type: 'varchar', length: '50', isPrimary: true },
      { name: 'position', type: 'integer' },
      { name: 'newestEventAt', type: 'datetime', precision: 3, isNullable: true },
      { name: 'appliedAt', type: 'datetime', precision: 3, isNullable: true },
    ],
  });
}

const id36 = (name: string, extra: object = {}) => ({ name, type: 'varchar', length: '36', ...extra });

/** The read model of education's trainees (placements, main supervisors) and its feed cursor, in each subgraph that keeps it. */
export class EducationReadModel1768000000000 implements MigrationInterface {
  name = 'EducationReadModel1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'read_placement',
        columns: [
          id36('id', { isPrimary: true }),
          id36('traineeId'),
          id36('unitId'),
          { name: 'startDate', type: 'date' },
          { name: 'endDate', type: 'date' },
          id36('clinicalSupervisorId', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_read_placement_unit_start', columnNames: ['unitId', 'startDate'] },
          { name: 'IDX_read_placement_trainee', columnNames: ['traineeId'] },
          { name: 'IDX_read_placement_start', columnNames: ['startDate'] },
          { name: 'IDX_read_placement_clinical_supervisor', columnNames: ['clinicalSupervisorId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'read_main_supervision',
        columns: [id36('traineeId', { isPrimary: true }), id36('supervisorId', { isPrimary: true }), { name: 'fromDate', type: 'date' }],
        indices: [{ name: 'IDX_read_main_supervision_supervisor', columnNames: ['supervisorId'] }],
      }),
    );
    await queryRunner.createTable(readModelCursorTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('read_model_cursor');
    await queryRunner.dropTable('read_main_supervision');
    await queryRunner.dropTable('read_placement');
  }
}
