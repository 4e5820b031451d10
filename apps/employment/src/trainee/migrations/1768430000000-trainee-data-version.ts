import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The version row of trainees and cohorts (TraineeDataVersion), created at 0. */
export class TraineeDataVersion1768430000000 implements MigrationInterface {
  name = 'TraineeDataVersion1768430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'trainee_data_version',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query('INSERT INTO trainee_data_version (id, version) VALUES (1, 0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('trainee_data_version');
  }
}
