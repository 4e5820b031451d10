import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const traineeId = { name: 'traineeId', type: 'varchar', length: '36' };
const by = (name: string) => ({ name, type: 'varchar', length: '36' });
const at = (name: string) => ({ name, type: 'datetime', precision: 3 });
const int = (name: string, isNullable = false) => ({ name, type: 'integer', isNullable });
const rules = { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' };
const toTrainee = { columnNames: ['traineeId'], referencedTableName: 'trainee', referencedColumnNames: ['id'], ...rules };

/**
 * Issue 12, ABS-5, ABS-6, ABS-7: extra hours per month with the quarterly flags, HR's reconciliations and
 * the Director's plans; flexitime balances and on-call compensation per placement; the on-call split.
 * Schema builder only: the same on MySQL and SQLite.
 */
export class WorkingTime1769200000000 implements MigrationInterface {
  name = 'WorkingTime1769200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'extra_hours_month',
        columns: [id, traineeId, { name: 'month', type: 'varchar', length: '7' }, int('minutes'), by('recordedById'), at('recordedAt')],
        uniques: [{ name: 'UQ_extra_hours_month_trainee_month', columnNames: ['traineeId', 'month'] }],
        indices: [{ name: 'IDX_extra_hours_month_sums', columnNames: ['traineeId', 'month', 'minutes'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'extra_hours_flag',
        columns: [
          id,
          traineeId,
          by('siteId'),
          int('year'),
          int('quarter'),
          int('quarterMinutes'),
          int('yearMinutes'),
          int('capMonth', true),
          by('flaggedById'),
          at('flaggedAt'),
        ],
        uniques: [{ name: 'UQ_extra_hours_flag_trainee_quarter', columnNames: ['traineeId', 'year', 'quarter'] }],
        indices: [{ name: 'IDX_extra_hours_flag_site_quarter', columnNames: ['siteId', 'year', 'quarter'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'extra_hours_plan',
        columns: [
          id,
          { name: 'flagId', type: 'varchar', length: '36' },
          { name: 'plan', type: 'varchar', length: '2000' },
          { name: 'plannedOn', type: 'date' },
          by('recordedById'),
          at('recordedAt'),
        ],
        indices: [{ name: 'IDX_extra_hours_plan_flag', columnNames: ['flagId'] }],
        foreignKeys: [{ columnNames: ['flagId'], referencedTableName: 'extra_hours_flag', referencedColumnNames: ['id'], ...rules }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'extra_hours_reconciliation',
        columns: [id, by('siteId'), int('year'), int('quarter'), by('reconciledById'), at('reconciledAt'), int('flaggedCount')],
        uniques: [{ name: 'UQ_extra_hours_reconciliation_site_quarter', columnNames: ['siteId', 'year', 'quarter'] }],
        foreignKeys: [{ columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'], ...rules }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'flex_balance',
        columns: [{ ...by('placementId'), isPrimary: true }, traineeId, int('closingMinutes'), by('recordedById'), at('recordedAt')],
        indices: [{ name: 'IDX_flex_balance_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'on_call_hours',
        columns: [{ ...by('placementId'), isPrimary: true }, traineeId, int('earnedMinutes'), int('takenMinutes'), by('recordedById'), at('recordedAt')],
        indices: [{ name: 'IDX_on_call_hours_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [toTrainee],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'on_call_split',
        columns: [{ ...by('scope'), isPrimary: true }, int('paidPercent'), by('setById'), at('setAt')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'on_call_split',
      'on_call_hours',
      'flex_balance',
      'extra_hours_reconciliation',
      'extra_hours_plan',
      'extra_hours_flag',
      'extra_hours_month',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
