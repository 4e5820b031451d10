import { forbidden, hasAnyRole, unauthenticated, type Role } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

type ReferenceResolver<TRef, TResult, TContext> = (reference: TRef, context: TContext) => TResult | Promise<TResult>;

/**
 * Guards an `_entities` reference resolver: reference resolvers bypass type-graphql's @Authorized,
 * so each one states the roles that may resolve it and is refused otherwise.
 */
export function guardReference<TRef, TResult, TContext extends SubgraphContext>(
  roles: readonly Role[],
  resolve: ReferenceResolver<TRef, TResult, TContext>,
): (reference: TRef, context: TContext) => Promise<TResult> {
  return async (reference, context) => {
    if (!context?.viewer) throw unauthenticated();
    if (!hasAnyRole(context.viewer, roles)) throw forbidden();
    return resolve(reference, context);
  };
}
