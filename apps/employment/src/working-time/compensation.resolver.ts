import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';
import { OnCallSplitSetting } from './on-call-split.entity';
import { OnCallPayout, OnCallPayoutPage, OnCallPayoutPageArgs, PlacementCompensation, TraineeCompensation } from './compensation.types';
import { onCallPayoutPage, readTraineeCompensation, recordFlexBalance, recordOnCallHours, setOnCallSplit } from './compensation.service';

@Resolver(() => TraineeCompensation)
export class CompensationResolver {
  @Authorized(Permission.READ_WORKING_TIME)
  @Query(() => TraineeCompensation, {
    description:
      'ABS-5, ABS-7: en BT-läkares flextid (saldo per placering, med det som följer med och det som stryks vid byte) och jourkompensation (per placering, delad i utbetalning och ledighet, saldot att betala ut vid BT:s slut). Samma behörighet som extra timmar.',
  })
  traineeCompensation(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EmploymentContext): Promise<TraineeCompensation> {
    return readTraineeCompensation(ctx.dataSource, ctx, traineeId);
  }

  @Authorized(Permission.RECORD_WORKING_TIME)
  @Mutation(() => TraineeCompensation, {
    description: 'ABS-7: HR registrerar flexsaldot vid en placerings slut (kvartstimmar, negativt för skuld); ersätter tidigare siffra. Loggas i audit_event.',
  })
  recordFlexBalance(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('hours', () => Float) hours: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<TraineeCompensation> {
    return recordFlexBalance(ctx.dataSource, ctx, placementId, hours);
  }

  @Authorized(Permission.RECORD_WORKING_TIME)
  @Mutation(() => TraineeCompensation, {
    description:
      'ABS-5: HR registrerar jourkompensation intjänad under en placering och jourkompledighet uttagen under den (kvartstimmar); ersätter tidigare siffror. Uttaget får inte överstiga intjänad ledighet. Loggas i audit_event.',
  })
  recordOnCallHours(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('earnedHours', () => Float) earnedHours: number,
    @Arg('takenLeaveHours', () => Float) takenLeaveHours: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<TraineeCompensation> {
    return recordOnCallHours(ctx.dataSource, ctx, placementId, earnedHours, takenLeaveHours);
  }

  @Authorized(Permission.SET_ON_CALL_SPLIT)
  @Mutation(() => OnCallSplitSetting, {
    description:
      'ABS-5: hur stor andel (procent) av jourkompensationen som betalas ut, för regionen (utan siteId) eller en huvudort; resten blir ledighet. Standard 30. Loggas i audit_event.',
  })
  setOnCallSplit(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
    @Arg('paidPercent', () => Int) paidPercent: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<OnCallSplitSetting> {
    return setOnCallSplit(ctx.dataSource, ctx, siteId ?? null, paidPercent);
  }

  @Authorized(Permission.RECORD_WORKING_TIME, Permission.PLAN_EXTRA_HOURS)
  @Query(() => OnCallPayoutPage, {
    description:
      'ABS-5: BT-läkare vars anställning slutar mellan två dagar och som har jourkompledighet kvar, som betalas ut när BT avslutas; mest först. HR och AT/BT-chefen alla huvudorter, biträdande AT/BT-chef den egna (ORG-1).',
  })
  onCallPayoutPage(@Args() args: OnCallPayoutPageArgs, @Ctx() ctx: EmploymentContext) {
    return onCallPayoutPage(ctx.dataSource, ctx, args);
  }
}

@Resolver(() => PlacementCompensation)
export class PlacementCompensationResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Enheten där placeringen görs.' })
  async unit(@Root() placement: PlacementCompensation, @Ctx() { loaders }: EmploymentContext): Promise<Unit | null> {
    return (await loaders.unit.load(placement.unitId)) ?? null;
  }
}

@Resolver(() => OnCallPayout)
export class OnCallPayoutResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() payout: OnCallPayout, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(payout.traineeId);
  }
}
