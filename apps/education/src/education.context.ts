import type { DataSource } from 'typeorm';
import {
  requestTraineeScope,
  type ChangeFeedConsumer,
  type EmploymentChange,
  type GatewayClient,
  type SubgraphContext,
  type SupervisionTables,
  type TraineeScopedContext,
} from '@bt/subgraph';
import { MainSupervision } from './supervision/main-supervision.entity';
import { Placement } from './placement/placement.entity';

/** Education works a supervisor's row scope out from its own tables (EDU-7, EDU-8, EDU-9). */
export const EDUCATION_SUPERVISION_TABLES: SupervisionTables = { placement: Placement, mainSupervision: MainSupervision };

/**
 * A request to education: the caller, the database, the caller's trainee scope, the gateway (asked
 * as education's service identity) and the read model of employment's trainees; each area keeps its own loaders (perRequest).
 */
export interface EducationContext extends TraineeScopedContext {
  dataSource: DataSource;
  /** Asks employment, as education's service identity, about one trainee or person (planning, supervisors). */
  gateway: GatewayClient;
  /** The read model of employment's trainees, caught up with employment's feed on demand (planning a trainee employed a moment ago). */
  employmentReadModel: ChangeFeedConsumer<EmploymentChange>;
}

export function createEducationContext(
  base: SubgraphContext,
  dataSource: DataSource,
  gateway: GatewayClient,
  employmentReadModel: ChangeFeedConsumer<EmploymentChange>,
): EducationContext {
  return { ...base, dataSource, gateway, employmentReadModel, traineeScope: requestTraineeScope(base, dataSource, EDUCATION_SUPERVISION_TABLES) };
}
