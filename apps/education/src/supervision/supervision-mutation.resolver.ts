import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar, personReference, VERSION_READ } from '@bt/subgraph';
import { assignMainSupervisor, endMainSupervision, setClinicalSupervisor } from './supervision.service';
import { ClinicalSupervisionAssignment, MainSupervisionAssignment, supervisionWarnings } from './supervision.type';
import { Trainee } from '../trainee/trainee.type';
import type { EducationContext } from '../education.context';

const trainee = (id: string) => Object.assign(new Trainee(), { id });

@Resolver()
export class SupervisionMutationResolver {
  @Authorized(Permission.ASSIGN_SUPERVISORS)
  @Mutation(() => MainSupervisionAssignment, {
    description:
      'EDU-7, ORG-2, EMP-1: utser BT-läkarens huvudansvariga handledare (HHL) från ett datum, eller byter (då med version). Fristående BT: AT/BT-organisationen; integrerad BT: verksamhetschefen. Nekas om handledaren inte är legitimerad specialist; varningar (t.ex. ingen handledarutbildning) sparas och returneras.',
  })
  async assignMainSupervisor(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('personId', () => ID, { description: 'Handledaren (en person i personalen).' }) personId: string,
    @Arg('fromDate', () => DateScalar) fromDate: string,
    @Arg('version', () => Int, { nullable: true, description: `Utelämnas när BT-läkaren saknar huvudansvarig handledare. ${VERSION_READ}` })
    version: number | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<MainSupervisionAssignment> {
    const { supervision, warnings } = await assignMainSupervisor(ctx.dataSource, ctx, traineeId, personId, fromDate, version);
    return {
      trainee: trainee(traineeId),
      mainSupervision: { supervisor: personReference(supervision.supervisorId)!, fromDate: supervision.fromDate, version: supervision.version },
      warnings: supervisionWarnings(warnings),
    };
  }

  @Authorized(Permission.ASSIGN_SUPERVISORS)
  @Mutation(() => Trainee, { description: 'ORG-2: avslutar BT-läkarens huvudansvariga handledning; BT-läkaren saknar då huvudansvarig handledare igen.' })
  async endMainSupervision(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Ctx() ctx: EducationContext,
  ): Promise<Trainee> {
    await endMainSupervision(ctx.dataSource, ctx, traineeId, version);
    return trainee(traineeId);
  }

  @Authorized(Permission.ASSIGN_SUPERVISORS)
  @Mutation(() => ClinicalSupervisionAssignment, {
    description:
      'EDU-7, ORG-1: utser placeringens kliniska handledare (AT/BT-organisationen, eller enhetens verksamhetschef eller BT-ansvarig). Nekas om handledaren inte är legitimerad specialist eller ST-läkare; varningar sparas och returneras.',
  })
  async setClinicalSupervisor(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('personId', () => ID, { description: 'Handledaren (en person i personalen).' }) personId: string,
    @Ctx() ctx: EducationContext,
  ): Promise<ClinicalSupervisionAssignment> {
    const { placement, warnings } = await setClinicalSupervisor(ctx.dataSource, ctx, placementId, personId);
    return { placement, warnings: supervisionWarnings(warnings) };
  }
}
