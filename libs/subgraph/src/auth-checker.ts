import type { AuthChecker } from 'type-graphql';
import { forbidden, hasAnyRole, hasPermission, isPermission, isRole, unauthenticated, type Permission, type Role } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

/**
 * type-graphql's @Authorized check. Each operation names the permission it needs
 * (`@Authorized(Permission.MAKE_OFFER)`, see libs/auth's permission table); the caller must be signed
 * in and have one of them. Row scope (which sites, trainees, rounds) is checked by the services.
 * TRANSITIONAL: role names are still accepted until every resolver names a permission.
 */
export const permissionAuthChecker: AuthChecker<SubgraphContext, Permission | Role> = ({ context }, required) => {
  if (!context.viewer) throw unauthenticated();
  // a service identity reaches only what its own permissions name (SERVICE_PERMISSIONS), never "anyone signed in"
  if (required.length === 0 && !context.viewer.service) return true;
  const allowed = required.some((entry) => (isPermission(entry) ? hasPermission(context.viewer, entry) : isRole(entry) && hasAnyRole(context.viewer, [entry])));
  if (!allowed) throw forbidden();
  return true;
};
