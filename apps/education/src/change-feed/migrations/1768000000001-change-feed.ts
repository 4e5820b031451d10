import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createChangeFeedTables, dropChangeFeedTables, EDUCATION_FEED } from '@bt/subgraph';

/** Education's outbox (change_event) and the head of its positions, for the other subgraphs' read models. */
export class ChangeFeed1768000000001 implements MigrationInterface {
  name = 'ChangeFeed1768000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createChangeFeedTables(queryRunner, EDUCATION_FEED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropChangeFeedTables(queryRunner);
  }
}
