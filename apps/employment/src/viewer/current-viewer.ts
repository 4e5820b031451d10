import { Role, unauthenticated, type Viewer } from '@bt/auth';
import type { EmploymentContext } from '../employment.context';

export const ACCESS_CHANGED = 'ACCESS_CHANGED';
const ACCESS_CHANGED_MESSAGE = 'Din behörighet har ändrats eller ditt konto finns inte längre. Logga in igen.';

/**
 * Whether a token still stands for someone who exists today with (at least) the roles it claims:
 * employment owns Person and Trainee, so it answers; the gateway asks it (`viewer`) once a minute per
 * token holder and refuses everyone else's requests on its verdict (README, "Säkerhet"). A trainee's
 * token stands for that trainee (its subject); staff tokens for a person whose roles still include the
 * token's roles. A service identity stands for no person.
 */
export async function assertViewerCurrent(viewer: Viewer, ctx: EmploymentContext): Promise<void> {
  if (viewer.service) return;
  if (viewer.roles.includes(Role.TRAINEE)) {
    const trainee = await ctx.loaders.trainee.load(viewer.id);
    if (trainee && viewer.traineeId === trainee.id && viewer.roles.length === 1) return;
  } else {
    const person = await ctx.loaders.person.load(viewer.id);
    if (person && viewer.roles.every((role) => person.roles.includes(role))) return;
  }
  throw unauthenticated(ACCESS_CHANGED_MESSAGE, ACCESS_CHANGED);
}
