import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createChangeFeedTables, dropChangeFeedTables, EMPLOYMENT_FEED } from '@bt/subgraph';

/** Employment's outbox (change_event) and the head of its positions, for education's read model of trainees. */
export class EmploymentChangeFeed1768500000000 implements MigrationInterface {
  name = 'EmploymentChangeFeed1768500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createChangeFeedTables(queryRunner, EMPLOYMENT_FEED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropChangeFeedTables(queryRunner);
  }
}
