import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/**
 * The verified caller of a request. Its token is not kept: calls onward to other subgraphs go as this
 * subgraph's service identity (GatewayClient), never with the caller's token.
 */
export interface SubgraphCaller {
  viewer: Viewer;
}

/**
 * What every subgraph resolver receives: the caller, the day the request is answered for (one clock),
 * and where the request came from as the gateway saw it (for the audit trail).
 */
export interface SubgraphContext extends SubgraphCaller {
  today: IsoDate;
  /** The gateway's request id (`x-request-id`), the same in every subgraph and in the gateway's answer. */
  requestId: string;
  /** The client's address as the gateway's socket saw it (`x-forwarded-for` set by the gateway). */
  clientAddress?: string;
}
