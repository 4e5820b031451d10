import { forbidden, hasPermission, unauthenticated, type Permission } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

/** Set (non-enumerable) on every function guardReference returns, holding what it requires; tests find unguarded references by its absence. */
export const GUARDED_REFERENCE = Symbol('guardedReference');

type ReferenceResolver<TRef, TResult, TContext> = (reference: TRef, context: TContext) => TResult | Promise<TResult>;

/**
 * Guards an `_entities` reference resolver: reference resolvers bypass type-graphql's @Authorized,
 * so each one names the permission that may resolve it and is refused otherwise (row scope is the
 * resolver's own job).
 */
export function guardReference<TRef, TResult, TContext extends SubgraphContext>(
  required: Permission,
  resolve: ReferenceResolver<TRef, TResult, TContext>,
): (reference: TRef, context: TContext) => Promise<TResult> {
  const guarded = async (reference: TRef, context: TContext) => {
    if (!context?.viewer) throw unauthenticated();
    if (!hasPermission(context.viewer, required)) throw forbidden();
    return resolve(reference, context);
  };
  return Object.defineProperty(guarded, GUARDED_REFERENCE, { value: required });
}
