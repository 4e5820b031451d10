import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/**
 * Who does something and on which day: what a feature's service needs from its caller, whether that
 * is a resolver (the signed-in viewer), a scheduled job or a command (a system identity). Services
 * take an Actor, never a GraphQL context, so jobs and commands call them the same way.
 */
export interface Actor {
  viewer: Viewer;
  today: IsoDate;
  /** For a request: its id and the client's address, which audited changes record (a job has none). */
  requestId?: string;
  clientAddress?: string;
}
