import type { DataSource } from 'typeorm';
import { forbidden, Permission, permissionScope, PermissionScope, type Viewer } from '@bt/auth';
import { isSystemViewer } from '@bt/jobs';
import { perRequest } from '@bt/subgraph';
import { PanelMember } from '../panel/panel-member.entity';
import type { EmploymentContext } from '../../employment.context';

/** Which rounds a caller may see: all, or those they sit on the panel of (any stage). */
export type RoundScope = { all: true } | { all: false; roundIds: ReadonlySet<string> };

/**
 * REC-9: READ_RECRUITMENT's row scope (libs/auth's table): with scope ALL every round; with OWN_ROWS
 * the rounds the viewer sits on the panel of; without the permission none. A scheduled job or a command
 * on the server (libs/jobs' system identities) works on every round.
 */
export async function loadRoundScope(dataSource: DataSource, viewer: Viewer): Promise<RoundScope> {
  const scope = permissionScope(viewer, Permission.READ_RECRUITMENT);
  if (scope === PermissionScope.ALL || isSystemViewer(viewer)) return { all: true };
  if (scope === undefined) return { all: false, roundIds: new Set() };
  const seats = await dataSource.getRepository(PanelMember).find({ select: { roundId: true }, where: { personId: viewer.id } });
  return { all: false, roundIds: new Set(seats.map((seat) => seat.roundId)) };
}

/** The caller's round scope for the request `ctx` belongs to, looked up once per request. */
export const requestRoundScope = perRequest((ctx: EmploymentContext) => loadRoundScope(ctx.dataSource, ctx.viewer));

export function inRoundScope(scope: RoundScope, roundId: string): boolean {
  return scope.all || scope.roundIds.has(roundId);
}

/** FORBIDDEN (ROUND_NOT_IN_SCOPE, REC-9) unless the round is in the scope. */
export function assertInRoundScope(scope: RoundScope, roundId: string): void {
  if (!inRoundScope(scope, roundId)) throw forbidden('Du är inte med i rekryteringsgruppen för den här omgången.', 'ROUND_NOT_IN_SCOPE', 'REC-9');
}
