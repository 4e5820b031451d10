import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type GatewayClient, type TraineeScopedContext } from '@bt/subgraph';
import { createEmploymentLoaders, type EmploymentLoaders } from './employment.loaders';
import { AuditLog } from './audit/audit-log';

export interface EmploymentContext extends TraineeScopedContext {
  dataSource: DataSource;
  loaders: EmploymentLoaders;
  audit: AuditLog;
  /** Calls onward to other subgraphs through the gateway, with employment's service identity. */
  gateway: GatewayClient;
}

export function createEmploymentContext(base: SubgraphContext, dataSource: DataSource, gateway: GatewayClient): EmploymentContext {
  return {
    ...base,
    dataSource,
    loaders: createEmploymentLoaders(dataSource),
    audit: new AuditLog(dataSource, base),
    gateway,
    traineeScope: requestTraineeScope(base, gateway),
  };
}
