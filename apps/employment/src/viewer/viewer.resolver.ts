import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { grantedPermissions, Permission } from '@bt/auth';
import { DateScalar, type SubgraphContext } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';
import { assertViewerCurrent } from './current-viewer';
import { SignedInViewer } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Authorized(Permission.READ_ORGANISATION)
  // UNAUTHENTICATED when the token's person or trainee no longer exists or has fewer roles: the gateway's check
  @Query(() => SignedInViewer, { description: 'Den inloggade, med roller och behörigheter (alla inloggade).' })
  async viewer(@Ctx() ctx: EmploymentContext): Promise<SignedInViewer> {
    await assertViewerCurrent(ctx.viewer, ctx);
    return { ...ctx.viewer, permissions: grantedPermissions(ctx.viewer) };
  }

  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => DateScalar, {
    description: 'Dagens datum enligt servern: den dag som frister, pågående anställningar och placeringar räknas från (alla inloggade).',
  })
  today(@Ctx() { today }: SubgraphContext): string {
    return today;
  }
}
