import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * ACC-1–ACC-3: the day a plan was made, so that a plan made for a trainee already in BT gives no
 * access task due before it. A plan made before keeps the day of its first logged change.
 */
export class PlanDraftedOn1768600000001 implements MigrationInterface {
  name = 'PlanDraftedOn1768600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('training_plan', new TableColumn({ name: 'draftedOn', type: 'date', isNullable: true }));
    await queryRunner.query(
      'UPDATE training_plan SET draftedOn = (SELECT DATE(MIN(c.changedAt)) FROM training_plan_change c WHERE c.traineeId = training_plan.traineeId)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('training_plan', 'draftedOn');
  }
}
