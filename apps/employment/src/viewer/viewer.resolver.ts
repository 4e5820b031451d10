import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { grantedPermissions, Permission } from '@bt/auth';
import { DateScalar, type SubgraphContext } from '@bt/subgraph';
import { SignedInViewer } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => SignedInViewer, { description: 'Den inloggade, med roller och behörigheter (alla inloggade).' })
  viewer(@Ctx() { viewer }: SubgraphContext): SignedInViewer {
    return { ...viewer, permissions: grantedPermissions(viewer) };
  }

  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => DateScalar, {
    description: 'Dagens datum enligt servern: den dag som frister, pågående anställningar och placeringar räknas från (alla inloggade).',
  })
  today(@Ctx() { today }: SubgraphContext): string {
    return today;
  }
}
