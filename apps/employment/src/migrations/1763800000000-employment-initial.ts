import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

/** Sites, units, staff, cohorts, trainees and the audit log. Written with the schema builder: same on MySQL and SQLite. */
export class EmploymentInitial1763800000000 implements MigrationInterface {
  name = 'EmploymentInitial1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'site',
        columns: [id, { name: 'code', type: 'varchar', length: '20', isUnique: true }, { name: 'name', type: 'varchar', length: '100' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'person',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '60', isUnique: true },
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'title', type: 'varchar', length: '150', isNullable: true },
          { name: 'roles', type: 'text' },
          ref('siteId', true),
          ref('unitId', true),
          { name: 'directorOfStudiesScope', type: 'varchar', length: '30', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '150' },
          ref('siteId'),
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'regionPart', type: 'varchar', length: '10', isNullable: true },
          ref('headOfUnitId', true),
          ref('btLeadId', true),
        ],
        foreignKeys: [
          { columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] },
          { columnNames: ['headOfUnitId'], referencedTableName: 'person', referencedColumnNames: ['id'] },
          { columnNames: ['btLeadId'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cohort',
        columns: [id, { name: 'name', type: 'varchar', length: '100' }, ref('siteId'), { name: 'startDate', type: 'date' }],
        foreignKeys: [{ columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'trainee',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '60', isUnique: true },
          { name: 'givenName', type: 'varchar', length: '100' },
          { name: 'familyName', type: 'varchar', length: '100' },
          { name: 'personalIdentityNumber', type: 'varchar', length: '13' },
          ref('siteId'),
          ref('cohortId'),
          { name: 'employmentStart', type: 'date' },
          { name: 'employmentEnd', type: 'date' },
          { name: 'employmentForm', type: 'varchar', length: '20' },
        ],
        indices: [{ columnNames: ['siteId'] }, { columnNames: ['cohortId'] }],
        foreignKeys: [
          { columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] },
          { columnNames: ['cohortId'], referencedTableName: 'cohort', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurredAt', type: 'datetime' },
          { name: 'actorId', type: 'varchar', length: '36' },
          { name: 'actorUsername', type: 'varchar', length: '60' },
          { name: 'action', type: 'varchar', length: '60' },
          { name: 'entityType', type: 'varchar', length: '60' },
          { name: 'entityId', type: 'varchar', length: '36' },
        ],
        indices: [{ columnNames: ['actorId'] }, { columnNames: ['entityId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event');
    await queryRunner.dropTable('trainee');
    await queryRunner.dropTable('cohort');
    await queryRunner.dropTable('unit');
    await queryRunner.dropTable('person');
    await queryRunner.dropTable('site');
  }
}
