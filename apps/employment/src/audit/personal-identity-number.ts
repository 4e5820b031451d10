import { hasPermission, Permission } from '@bt/auth';
import { maskPersonalIdentityNumber } from '@bt/domain';
import type { EmploymentContext } from '../employment.context';

/**
 * A stored personal identity number as the caller may see it: in full with READ_IDENTITY_NUMBER
 * (and for the person themselves), each such read recorded in audit_event; masked (ÅÅÅÅMMDD-****) for
 * everyone else.
 */
export async function visiblePersonalIdentityNumber(
  ctx: EmploymentContext,
  entity: { type: string; id: string; personalIdentityNumber: string },
  isSelf = false,
): Promise<string> {
  if (!isSelf && !hasPermission(ctx.viewer, Permission.READ_IDENTITY_NUMBER)) return maskPersonalIdentityNumber(entity.personalIdentityNumber);
  await ctx.audit.record('READ_PERSONAL_IDENTITY_NUMBER', entity.type, entity.id);
  return entity.personalIdentityNumber;
}
