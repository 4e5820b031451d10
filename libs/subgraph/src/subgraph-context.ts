import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/** The verified caller of a request and its raw token (for calls onward). */
export interface SubgraphCaller {
  viewer: Viewer;
  token: string;
}

/** What every subgraph resolver receives: the caller, and the day the request is answered for (one clock). */
export interface SubgraphContext extends SubgraphCaller {
  today: IsoDate;
}
