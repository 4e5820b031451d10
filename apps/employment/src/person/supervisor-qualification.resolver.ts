import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Person } from './person.entity';
import { SupervisorQualification } from './supervisor-qualification.entity';
import { SupervisorQualificationInput } from './supervisor-qualification.input';
import { SupervisionFacts } from './supervision-facts.type';
import { setSupervisorQualification, supervisionFacts } from './supervisor-qualification.service';
import { personLoaders } from './person.loaders';
import type { EmploymentContext } from '../employment.context';

/** The supervisor register (EDU-7, ORG-2) on Person, its mutation, and education's facts for one assignment. */
@Resolver(() => Person)
export class SupervisorQualificationResolver {
  @Authorized(Permission.READ_STAFF)
  @FieldResolver(() => SupervisorQualification, {
    nullable: true,
    description: 'Uppgifterna i handledarregistret (EDU-7): legitimation, specialitet, handledarutbildning och erfarenhet; tomt om personen inte registrerats.',
  })
  async supervisorQualification(@Root() person: Person, @Ctx() ctx: EmploymentContext): Promise<SupervisorQualification | null> {
    return (await personLoaders(ctx).supervisorQualification.load(person.id)) ?? null;
  }

  @Authorized(Permission.EDIT_SUPERVISOR_REGISTER)
  @Mutation(() => SupervisorQualification, {
    description: 'EDU-7: registrerar eller ändrar en persons uppgifter i handledarregistret (HR, AT/BT-chefen, studierektorerna). Loggas i audit_event.',
  })
  setSupervisorQualification(
    @Arg('personId', () => ID) personId: string,
    @Arg('version', () => Int, { nullable: true, description: `Utelämnas för en ny post. ${VERSION_READ}` }) version: number | undefined,
    @Arg('input', () => SupervisorQualificationInput) input: SupervisorQualificationInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<SupervisorQualification> {
    return setSupervisorQualification(ctx.dataSource, ctx, personId, version, input);
  }

  @Authorized(Permission.READ_SUPERVISION_FACTS)
  @Query(() => SupervisionFacts, {
    description: 'EDU-7, EMP-1: underlag för att pröva en handledare för en BT-läkare. Bara utbildningsdelens tjänsteidentitet.',
  })
  supervisionFacts(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('personId', () => ID, { description: 'Handledaren.' }) personId: string,
    @Arg('appointerId', () => ID, { description: 'Den som utser handledaren.' }) appointerId: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<SupervisionFacts> {
    return supervisionFacts(ctx.dataSource, traineeId, personId, appointerId);
  }
}
