import type { AuthChecker } from 'type-graphql';
import { forbidden, hasPermission, unauthenticated, type Permission } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

/**
 * type-graphql's @Authorized check. Each operation names the permission it needs
 * (`@Authorized(Permission.MAKE_OFFER)`, see libs/auth's permission table); the caller must be signed
 * in and have one of them. An operation that names none is refused (fails closed; the whole-schema
 * authorisation test in tools/supergraph keeps every operation named). Row scope (which sites,
 * trainees, rounds) is checked by the services.
 */
export const permissionAuthChecker: AuthChecker<SubgraphContext, Permission> = ({ context }, required) => {
  if (!context.viewer) throw unauthenticated();
  if (!required.some((permission) => hasPermission(context.viewer, permission))) throw forbidden();
  return true;
};
