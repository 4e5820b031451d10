import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const traineeId = { name: 'traineeId', type: 'varchar', length: '36' };
const note = { name: 'note', type: 'varchar', length: '1000', isNullable: true };
const byId = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const byName = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '200', isNullable });
const at = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const noAction = { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' };
const toTrainee = { columnNames: ['traineeId'], referencedTableName: 'trainee', referencedColumnNames: ['id'], ...noAction };

/**
 * ABS-1…ABS-12: absence records with their applications and decisions, the per-placement judgement of
 * absence (ABS-2), and the (deputy) Director's rehabilitation decisions and plans (ABS-10, ABS-11).
 * Schema builder only: same on MySQL and SQLite.
 */
export class Absence1769100000100 implements MigrationInterface {
  name = 'Absence1769100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'absence',
        columns: [
          id,
          { name: 'version', type: 'integer', default: 1 },
          traineeId,
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'startDate', type: 'date' },
          { name: 'endDate', type: 'date' },
          { name: 'percent', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
          byId('appliedById'),
          byName('appliedByName'),
          at('appliedAt'),
          { name: 'appliedOn', type: 'date' },
          { name: 'decisionRoute', type: 'varchar', length: '30', isNullable: true },
          byId('decidingUnitId', true),
          byId('decidedById', true),
          byName('decidedByName', true),
          at('decidedAt', true),
          { name: 'decisionReason', type: 'varchar', length: '1000', isNullable: true },
        ],
        indices: [
          { name: 'IDX_absence_trainee', columnNames: ['traineeId', 'startDate'] },
          { name: 'IDX_absence_applications', columnNames: ['status', 'decisionRoute', 'decidingUnitId'] },
        ],
        foreignKeys: [toTrainee, { columnNames: ['decidingUnitId'], referencedTableName: 'unit', referencedColumnNames: ['id'], ...noAction }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'placement_absence_judgement',
        columns: [
          id,
          traineeId,
          { name: 'placementId', type: 'varchar', length: '36' },
          { name: 'acceptable', type: 'boolean' },
          note,
          byId('judgedById'),
          byName('judgedByName'),
          { name: 'judgedAs', type: 'varchar', length: '30' },
          at('judgedAt'),
        ],
        indices: [{ name: 'IDX_placement_absence_judgement_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rehabilitation_decision',
        columns: [id, traineeId, { name: 'startsRehabilitation', type: 'boolean' }, note, byId('decidedById'), byName('decidedByName'), at('decidedAt')],
        indices: [{ name: 'IDX_rehabilitation_decision_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rehabilitation_plan',
        columns: [
          id,
          traineeId,
          { name: 'participants', type: 'varchar', length: '4000' },
          note,
          byId('recordedById'),
          byName('recordedByName'),
          at('recordedAt'),
        ],
        indices: [{ name: 'IDX_rehabilitation_plan_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [toTrainee],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rehabilitation_plan', 'rehabilitation_decision', 'placement_absence_judgement', 'absence']) await queryRunner.dropTable(table);
  }
}
