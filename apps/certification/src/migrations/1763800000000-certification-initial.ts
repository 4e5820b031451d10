import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string) => ({ name, type: 'varchar', length: '36' });

/** Certificates and their signatures. Schema builder only: same on MySQL and SQLite. */
export class CertificationInitial1763800000000 implements MigrationInterface {
  name = 'CertificationInitial1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificate',
        columns: [
          id,
          ref('traineeId'),
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'goalFrameworkVersion', type: 'varchar', length: '40' },
          { name: 'createdAt', type: 'datetime' },
        ],
        indices: [{ columnNames: ['traineeId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_signature',
        columns: [id, ref('certificateId'), ref('signerId'), { name: 'capacity', type: 'varchar', length: '30' }, { name: 'signedAt', type: 'datetime' }],
        uniques: [{ columnNames: ['certificateId', 'capacity'] }],
        indices: [{ columnNames: ['certificateId'] }],
        foreignKeys: [{ columnNames: ['certificateId'], referencedTableName: 'certificate', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificate_signature');
    await queryRunner.dropTable('certificate');
  }
}
