import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The scheduled jobs' lease per job and record of runs (libs/jobs), in each subgraph that runs jobs. */
export class Jobs1766100000000 implements MigrationInterface {
  name = 'Jobs1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_lease',
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'holder', type: 'varchar', length: '100' },
          { name: 'expiresAt', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_run',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'job', type: 'varchar', length: '100' },
          { name: 'day', type: 'date' },
          { name: 'holder', type: 'varchar', length: '100' },
          { name: 'startedAt', type: 'datetime' },
          { name: 'finishedAt', type: 'datetime', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '20' },
          { name: 'message', type: 'varchar', length: '1000', isNullable: true },
        ],
        indices: [{ name: 'IDX_job_run_job_day', columnNames: ['job', 'day'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_run');
    await queryRunner.dropTable('job_lease');
  }
}
