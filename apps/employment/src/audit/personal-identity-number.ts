import { hasAnyRole, IDENTITY_NUMBER_READERS } from '@bt/auth';
import { maskPersonalIdentityNumber } from '@bt/domain';
import type { EmploymentContext } from '../employment.context';

/**
 * A stored personal identity number as the caller may see it: in full for the roles allowed to read it
 * (and for the person themselves), each such read recorded in audit_event; masked (ÅÅÅÅMMDD-****) for
 * everyone else.
 */
export async function visiblePersonalIdentityNumber(
  ctx: EmploymentContext,
  entity: { type: string; id: string; personalIdentityNumber: string },
  isSelf = false,
): Promise<string> {
  if (!isSelf && !hasAnyRole(ctx.viewer, IDENTITY_NUMBER_READERS)) return maskPersonalIdentityNumber(entity.personalIdentityNumber);
  await ctx.audit.record('READ_PERSONAL_IDENTITY_NUMBER', entity.type, entity.id);
  return entity.personalIdentityNumber;
}
