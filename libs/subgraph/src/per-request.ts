/**
 * Something made once per request and kept for the rest of it (a feature area's DataLoaders, a row
 * scope), keyed by the request's context object, which lives exactly as long as the request:
 *
 *   const salaryLoaders = perRequest((ctx: EmploymentContext) => createSalaryLoaders(ctx.dataSource));
 *   salaryLoaders(ctx).salariesByTrainee.load(id);
 */
export function perRequest<TContext extends object, T>(create: (context: TContext) => T): (context: TContext) => T {
  const made = new WeakMap<TContext, T>();
  return (context) => {
    if (!made.has(context)) made.set(context, create(context));
    return made.get(context) as T;
  };
}
