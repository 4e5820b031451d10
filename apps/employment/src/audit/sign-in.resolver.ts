import { Arg, Authorized, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { Permission } from '@bt/auth';
import { AuditEvent } from './audit-event.entity';
import { recordSignIn, SignInMethod } from './sign-in.service';
import type { EmploymentContext } from '../employment.context';

registerEnumType(SignInMethod, {
  name: 'SignInMethod',
  description: 'Hur någon loggade in.',
  valuesConfig: { DEV: { description: 'Utvecklingsinloggningen (bara i utvecklingsläge).' }, OIDC: { description: 'Regionens inloggning (OIDC).' } },
});

/** Sign-ins, recorded by the gateway that issued the token (it has no database of its own). */
@Resolver(() => AuditEvent)
export class SignInResolver {
  @Authorized(Permission.RECORD_SIGN_IN)
  @Mutation(() => Boolean, { description: 'Loggar en inloggning i granskningsloggen. Bara gatewayens tjänsteidentitet; lägger till, ändrar aldrig.' })
  async recordSignIn(
    @Arg('personId', () => ID) personId: string,
    @Arg('username', () => String) username: string,
    @Arg('method', () => SignInMethod) method: SignInMethod,
    @Arg('clientAddress', () => String, { nullable: true, description: 'Klientens adress som gatewayen såg den.' }) clientAddress: string | null,
    @Ctx() ctx: EmploymentContext,
  ): Promise<boolean> {
    await recordSignIn(ctx.dataSource, ctx, { personId, username, method, clientAddress });
    return true;
  }
}
