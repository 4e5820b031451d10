import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { forbidden, Permission } from '@bt/auth';
import { missingReferences } from '@bt/domain';
import { badUserInput, type Page } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { ServiceLedgerType, SickLeaveFollowUp, TraineeSickLeaveFlag, TraineeSickLeaveFlagPage } from './absence.types';
import { absenceLoaders } from './absence.loaders';
import { assertMayReadAbsences, seesHealthData } from './absence-access';
import { serviceLedgerView } from './service-ledger.service';
import { sickLeaveFlagPage, sickLeaveFollowUp } from './sick-leave-follow-up.service';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

/** Trainee.absences, Trainee.serviceLedger, Trainee.sickLeaveFollowUp, and the ledger by id for a head of unit (who does not see Trainee lists). */
@Resolver(() => Trainee)
export class TraineeAbsenceResolver {
  @Authorized(Permission.READ_ABSENCES)
  @FieldResolver(() => [Absence], {
    description: 'ABS-1: frånvaron (alla statusar), första dagen först. Sjukfrånvaro och VAB som "Frånvaro" utan behörighet till hälsouppgifter.',
  })
  async absences(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<Absence[]> {
    await assertMayReadAbsences(ctx, trainee.id);
    return absenceLoaders(ctx).absencesByTrainee.load(trainee.id);
  }

  @Authorized(Permission.READ_ABSENCES)
  @FieldResolver(() => ServiceLedgerType, {
    description:
      'ABS-1, ABS-2: tjänstgöringstiden netto efter beviljad frånvaro, datumet då 12 månader nås jämfört med anställningens slut, minimitiden 6 månader, och per placering frånvaron med bedömningen om den är godtagbar.',
  })
  async serviceLedger(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<ServiceLedgerType> {
    await assertMayReadAbsences(ctx, trainee.id);
    return serviceLedgerView(ctx, trainee, await seesHealthData(ctx, trainee));
  }

  @Authorized(Permission.READ_ABSENCES)
  @Query(() => ServiceLedgerType, {
    description: 'ABS-2: tjänstgöringsredovisningen för en BT-läkare, för den som ser hens frånvaro (också verksamhetschefen på placeringens enhet).',
  })
  async traineeServiceLedger(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EmploymentContext): Promise<ServiceLedgerType> {
    await assertMayReadAbsences(ctx, traineeId);
    const trainee = await ctx.loaders.trainee.load(traineeId);
    if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
    return serviceLedgerView(ctx, trainee, await seesHealthData(ctx, trainee));
  }

  @Authorized(Permission.READ_SICK_LEAVE)
  @Query(() => TraineeSickLeaveFlagPage, {
    description:
      'ABS-10, ABS-11: BT-läkare som fortfarande är anställda och har flaggad sjukfrånvaro (upprepad korttidsfrånvaro eller långtidsfrånvaro), i namnordning, med uppföljningen. AT/BT-chef och HR (alla huvudorter eller siteId), biträdande AT/BT-chef för sin huvudort. Varje visad uppföljning loggas.',
  })
  sickLeaveFlagPage(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 25 }) perPage: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Page<TraineeSickLeaveFlag>> {
    return sickLeaveFlagPage(ctx, siteId, { page, perPage });
  }

  @Authorized(Permission.READ_SICK_LEAVE)
  @FieldResolver(() => SickLeaveFollowUp, {
    description:
      'ABS-10, ABS-11: uppföljningen av sjukfrånvaro (hälsouppgifter): AT/BT-chef, biträdande AT/BT-chef (egen huvudort), HR och verksamhetschefen på den aktuella enheten; andra får FORBIDDEN. Varje läsning loggas.',
  })
  async sickLeaveFollowUp(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<SickLeaveFollowUp> {
    if (!(await seesHealthData(ctx, trainee))) {
      throw forbidden(
        'Uppföljningen av sjukfrånvaro är en hälsouppgift: bara AT/BT-chef, HR och verksamhetschefen på den aktuella enheten ser den.',
        'HEALTH_DATA_NOT_IN_SCOPE',
      );
    }
    return sickLeaveFollowUp(ctx, trainee);
  }
}
