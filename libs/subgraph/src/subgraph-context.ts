import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/**
 * The verified caller of a request. Its token is not kept: calls onward to other subgraphs go as this
 * subgraph's service identity (GatewayClient), never with the caller's token.
 */
export interface SubgraphCaller {
  viewer: Viewer;
}

/** What every subgraph resolver receives: the caller, and the day the request is answered for (one clock). */
export interface SubgraphContext extends SubgraphCaller {
  today: IsoDate;
}
