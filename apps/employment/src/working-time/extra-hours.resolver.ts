import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Site } from '../site/site.entity';
import { Person } from '../person/person.entity';
import type { EmploymentContext } from '../employment.context';
import { ExtraHoursMonth } from './extra-hours-month.entity';
import { ExtraHoursFlag } from './extra-hours-flag.entity';
import { ExtraHoursPlan } from './extra-hours-plan.entity';
import { ExtraHoursReconciliation } from './extra-hours-reconciliation.entity';
import { ExtraHoursFlagPage, ExtraHoursFlagPageArgs, ExtraHoursYear } from './extra-hours.types';
import { extraHoursYear, recordExtraHours, recordExtraHoursPlan } from './extra-hours.service';
import { importExtraHours } from './extra-hours-import.service';
import { ImportResult } from '../recruitment/application/import-result.type';
import { reconcileQuarter, reconciliationsOfYear } from './extra-hours-reconciliation.service';
import { extraHoursFlagPage } from './extra-hours-flag.service';
import { workingTimeLoaders } from './working-time.loaders';

@Resolver(() => ExtraHoursYear)
export class ExtraHoursResolver {
  @Authorized(Permission.READ_WORKING_TIME)
  @Query(() => ExtraHoursYear, {
    description:
      'ABS-6: en BT-läkares extra timmar (ATL-tid) under ett kalenderår, med kvartal, larm vid 60 timmar, taket 250 timmar med prognos och varningar enligt arbetstidslagen. HR och AT/BT-chefen alla, biträdande AT/BT-chef den egna huvudorten, verksamhetschefen de som är placerade på enheten i dag, BT-läkaren sig själv.',
  })
  traineeExtraHours(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExtraHoursYear> {
    return extraHoursYear(ctx.dataSource, ctx, traineeId, year);
  }

  @Authorized(Permission.RECORD_WORKING_TIME)
  @Mutation(() => ImportResult, {
    description:
      'ABS-6: importerar tidrapporteringens CSV-export av extra timmar (kolumnerna personnummer, månad som ÅÅÅÅ-MM, timmar i kvartstimmar); varje rad ersätter månadens siffra som den manuella registreringen. Rader med fel rapporteras med radnummer och sparas inte; samma fil två gånger ändrar inget (oförändrade). Loggas.',
  })
  importExtraHours(@Arg('csv', () => String) csv: string, @Ctx() ctx: EmploymentContext): Promise<ImportResult> {
    return importExtraHours(ctx.dataSource, ctx, csv);
  }

  @Authorized(Permission.RECORD_WORKING_TIME)
  @Mutation(() => ExtraHoursMonth, {
    description:
      'ABS-6: HR registrerar en BT-läkares extra timmar för en månad under anställningen (ÅÅÅÅ-MM, kvartstimmar); ersätter månadens tidigare siffra. Loggas i audit_event.',
  })
  recordExtraHours(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('month', () => String) month: string,
    @Arg('hours', () => Float) hours: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExtraHoursMonth> {
    return recordExtraHours(ctx.dataSource, ctx, traineeId, month, hours);
  }

  @Authorized(Permission.RECORD_WORKING_TIME)
  @Mutation(() => ExtraHoursReconciliation, {
    description:
      'ABS-6: HR stämmer av ett avslutat kvartal för en huvudort: BT-läkare över 60 timmar i kvartalet eller på väg mot 250 timmar under året flaggas till AT/BT-chefens lista. En gång per huvudort och kvartal; igen ger samma avstämning (och flaggar den som kommit över gränserna sedan dess).',
  })
  reconcileExtraHoursQuarter(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int) quarter: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExtraHoursReconciliation> {
    return reconcileQuarter(ctx.dataSource, ctx, siteId, { year, quarter });
  }

  @Authorized(Permission.PLAN_EXTRA_HOURS, Permission.RECORD_WORKING_TIME)
  @Query(() => [ExtraHoursReconciliation], {
    description:
      'ABS-6: årets kvartalsavstämningar per huvudort, kvartal för kvartal. AT/BT-chefen och HR alla huvudorter, biträdande AT/BT-chef den egna (ORG-1).',
  })
  extraHoursReconciliations(@Arg('year', () => Int) year: number, @Ctx() ctx: EmploymentContext): Promise<ExtraHoursReconciliation[]> {
    return reconciliationsOfYear(ctx.dataSource, ctx, year);
  }

  @Authorized(Permission.PLAN_EXTRA_HOURS, Permission.RECORD_WORKING_TIME)
  @Query(() => ExtraHoursFlagPage, {
    description:
      'ABS-6: BT-läkarna över ATL-gränserna efter ett kvartal (flaggade av kvartalskontrollen eller HR:s avstämning), flest timmar först; sortField quarterHours, yearHours eller flaggedAt. AT/BT-chefen och HR alla huvudorter, biträdande AT/BT-chef den egna (ORG-1).',
  })
  extraHoursFlagPage(@Args() args: ExtraHoursFlagPageArgs, @Ctx() ctx: EmploymentContext) {
    return extraHoursFlagPage(ctx.dataSource, ctx, args);
  }

  @Authorized(Permission.PLAN_EXTRA_HOURS)
  @Mutation(() => ExtraHoursPlan, {
    description:
      'ABS-6: (biträdande) AT/BT-chefen registrerar planen som gjorts med en flaggad BT-läkare (text och dag). Biträdande AT/BT-chef bara för den egna huvudorten (ORG-1). Loggas i audit_event.',
  })
  recordExtraHoursPlan(
    @Arg('flagId', () => ID) flagId: string,
    @Arg('plan', () => String) plan: string,
    @Arg('plannedOn', () => DateScalar) plannedOn: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExtraHoursPlan> {
    return recordExtraHoursPlan(ctx.dataSource, ctx, flagId, plan, plannedOn);
  }
}

@Resolver(() => ExtraHoursFlag)
export class ExtraHoursFlagResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() flag: ExtraHoursFlag, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(flag.traineeId);
  }

  @FieldResolver(() => Site)
  site(@Root() flag: ExtraHoursFlag, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(flag.siteId);
  }

  @FieldResolver(() => [ExtraHoursPlan], { description: 'ABS-6: planerna som gjorts med BT-läkaren för kvartalet, äldst först.' })
  plans(@Root() flag: ExtraHoursFlag, @Ctx() ctx: EmploymentContext): Promise<ExtraHoursPlan[]> {
    return workingTimeLoaders(ctx).plansByFlag.load(flag.id);
  }
}

@Resolver(() => ExtraHoursPlan)
export class ExtraHoursPlanResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Den som registrerade planen.' })
  async recordedBy(@Root() plan: ExtraHoursPlan, @Ctx() { loaders }: EmploymentContext): Promise<Person | null> {
    return (await loaders.person.load(plan.recordedById)) ?? null;
  }
}

@Resolver(() => ExtraHoursReconciliation)
export class ExtraHoursReconciliationResolver {
  @FieldResolver(() => Site)
  site(@Root() reconciliation: ExtraHoursReconciliation, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(reconciliation.siteId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'HR-samordnaren som stämde av kvartalet.' })
  async reconciledBy(@Root() reconciliation: ExtraHoursReconciliation, @Ctx() { loaders }: EmploymentContext): Promise<Person | null> {
    return (await loaders.person.load(reconciliation.reconciledById)) ?? null;
  }
}
