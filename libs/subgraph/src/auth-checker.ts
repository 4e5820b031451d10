import type { AuthChecker } from 'type-graphql';
import { forbidden, hasAnyRole, unauthenticated, type Role } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

/**
 * type-graphql's @Authorized(roles) check. An operation with @Authorized() and no roles needs any
 * signed-in caller; with roles, one of them. Row-level scoping is done by each subgraph's services.
 */
export const roleAuthChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !hasAnyRole(context.viewer, roles)) throw forbidden();
  return true;
};
