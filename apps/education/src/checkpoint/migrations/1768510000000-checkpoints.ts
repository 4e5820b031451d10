import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const traineeId = { name: 'traineeId', type: 'varchar', length: '36' };
const varchar = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
const recorded = [varchar('recordedById', 36), { name: 'recordedAt', type: 'datetime', precision: 3 }];

/**
 * EDU-8: the checkpoints' checklists (configuration), the recorded checkpoints with their ticked items,
 * the handovers between placements and the checkpoints' audit trail. Schema builder only: same on
 * MySQL and SQLite.
 */
export class Checkpoints1768510000000 implements MigrationInterface {
  name = 'Checkpoints1768510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'checkpoint_checklist_item',
        columns: [id, varchar('kind', 1), { name: 'position', type: 'integer' }, varchar('text', 500)],
        uniques: [{ name: 'UQ_checkpoint_checklist_item_position', columnNames: ['kind', 'position'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'checkpoint_completion',
        columns: [
          id,
          traineeId,
          varchar('kind', 1),
          varchar('placementId', 36, true),
          varchar('checkpointKey', 40),
          { name: 'sequence', type: 'integer' },
          varchar('correctsId', 36, true),
          { name: 'heldOn', type: 'date' },
          varchar('note', 2000, true),
          ...recorded,
        ],
        uniques: [{ name: 'UQ_checkpoint_completion_sequence', columnNames: ['traineeId', 'checkpointKey', 'sequence'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'checkpoint_completion_item',
        columns: [
          { ...varchar('completionId', 36), isPrimary: true },
          { ...varchar('itemId', 36), isPrimary: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'supervisor_handover',
        columns: [
          id,
          traineeId,
          varchar('fromPlacementId', 36),
          varchar('toPlacementId', 36),
          { name: 'heldOn', type: 'date' },
          varchar('mainSupervisorId', 36, true),
          varchar('outgoingSupervisorId', 36, true),
          varchar('incomingSupervisorId', 36, true),
          varchar('note', 2000, true),
          ...recorded,
        ],
        indices: [{ name: 'IDX_supervisor_handover_trainee', columnNames: ['traineeId', 'heldOn'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'checkpoint_log',
        columns: [
          id,
          { name: 'occurredAt', type: 'datetime', precision: 3 },
          varchar('action', 30),
          traineeId,
          varchar('checkpointKey', 40),
          varchar('recordId', 36, true),
          varchar('refusal', 60, true),
          varchar('actorId', 60),
          varchar('actorUsername', 60),
          varchar('requestId', 100, true),
          varchar('clientAddress', 100, true),
        ],
        indices: [{ name: 'IDX_checkpoint_log_trainee', columnNames: ['traineeId', 'occurredAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['checkpoint_log', 'supervisor_handover', 'checkpoint_completion_item', 'checkpoint_completion', 'checkpoint_checklist_item']) {
      await queryRunner.dropTable(table);
    }
  }
}
