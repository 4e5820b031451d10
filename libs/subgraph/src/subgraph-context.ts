import type { Viewer } from '@bt/auth';

/** What every subgraph resolver receives: the verified caller and its raw token (for calls onward). */
export interface SubgraphContext {
  viewer: Viewer;
  token: string;
}
