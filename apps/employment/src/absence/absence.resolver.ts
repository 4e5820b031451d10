import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import {
  ABSENCE_KIND_NAMES,
  absenceDraftProblems,
  AbsenceKind,
  AbsenceStatus,
  absenceWarnings,
  HIDDEN_ABSENCE_NAME,
  isHealthAbsence,
  missingReferences,
  UNPAID_ABSENCE_KINDS,
} from '@bt/domain';
import { badUserInput, PageArgs, type Page } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { AbsenceInput } from './absence.input';
import { AbsencePage, AbsenceProjection, AbsenceWarning, absenceWarningsOf } from './absence.types';
import { absenceDetailsVisible, assertMayReadAbsences } from './absence-access';
import { absenceApplicationPage } from './absence.service';
import { absenceLoaders } from './absence.loaders';
import { absenceProjection } from './service-ledger.service';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

/** ABS-12: the projection as the graph shows it. */
export function projectionView(projection: Awaited<ReturnType<typeof absenceProjection>>, employmentEnd: string): AbsenceProjection {
  return {
    twelveMonthsReachedOnBefore: projection.before.twelveMonthsReachedOn,
    twelveMonthsReachedOnAfter: projection.after.twelveMonthsReachedOn,
    daysLater: projection.daysLater,
    extensionDaysAfter: projection.after.extensionDays,
    employmentEnd,
    extensionPlanNeeded: projection.after.extensionPlanNeeded,
  };
}

async function traineeOf(ctx: EmploymentContext, traineeId: string): Promise<Trainee> {
  const trainee = await ctx.loaders.trainee.load(traineeId);
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  return trainee;
}

@Resolver(() => Absence)
export class AbsenceResolver {
  @Authorized(Permission.READ_ABSENCES)
  @Query(() => [Absence], {
    description:
      'ABS-1: en BT-läkares frånvaro (alla statusar), första dagen först. För BT-läkare du får se, och för verksamhetschefen de som är placerade på hens enhet. Sjukfrånvaro och VAB visas som "Frånvaro" utan typ och anteckningar för andra än AT/BT-chef, biträdande AT/BT-chef (egen huvudort), HR och verksamhetschefen på den aktuella enheten; varje läsning av dem loggas.',
  })
  async traineeAbsences(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EmploymentContext): Promise<Absence[]> {
    await assertMayReadAbsences(ctx, traineeId);
    await traineeOf(ctx, traineeId);
    return absenceLoaders(ctx).absencesByTrainee.load(traineeId);
  }

  @Authorized(Permission.DECIDE_ABSENCE)
  @Query(() => AbsencePage, {
    description:
      'ABS-3, ABS-9, ABS-12: ansökningar som väntar på ditt beslut: som verksamhetschef de på dina enheter, som HR de från verksamhetschefer i vårdvalet, som AT/BT-chef tjänstledighet, forskningsledighet och externa kurser (biträdande: egen huvudort). sortField: startDate (standard) eller appliedAt.',
  })
  absenceApplicationPage(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: EmploymentContext): Promise<Page<Absence>> {
    return absenceApplicationPage(ctx, args);
  }

  @Authorized(Permission.READ_ABSENCES)
  @Query(() => AbsenceProjection, {
    description:
      'ABS-12: effekten på tjänstgöringstiden (datum då 12 månader nås) av en föreslagen frånvaro ovanpå den beviljade, innan den söks eller beviljas. Räknar inte om ansökan är tillåten.',
  })
  async absenceProjection(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('input', () => AbsenceInput) input: AbsenceInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AbsenceProjection> {
    await assertMayReadAbsences(ctx, traineeId);
    const trainee = await traineeOf(ctx, traineeId);
    // the dates and extent as an application checks them, without its overlap with other absence
    const problems = absenceDraftProblems(input, trainee, []);
    if (problems.length > 0) throw badUserInput(problems);
    return projectionView(await absenceProjection(ctx, trainee, input), trainee.employmentEnd);
  }

  @FieldResolver(() => AbsenceKind, {
    nullable: true,
    description: 'Typen; null för sjukfrånvaro och VAB när du inte får se hälsouppgifter (då står label "Frånvaro"). Varje läsning av en sådan typ loggas.',
  })
  async kind(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<AbsenceKind | null> {
    return (await absenceDetailsVisible(ctx, absence)) ? absence.kind : null;
  }

  @FieldResolver(() => String, { description: 'Typen på svenska, t.ex. "Semester"; "Frånvaro" för sjukfrånvaro och VAB när du inte får se hälsouppgifter.' })
  async label(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<string> {
    return (await absenceDetailsVisible(ctx, absence)) ? ABSENCE_KIND_NAMES[absence.kind] : HIDDEN_ABSENCE_NAME;
  }

  @FieldResolver(() => Boolean, { description: 'Sant när typ, anteckning och motivering är dolda för dig (hälsouppgifter).' })
  async detailsHidden(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    return !(await absenceDetailsVisible(ctx, absence));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Den sökandes anteckning; dold (null) för sjukfrånvaro och VAB utan behörighet till hälsouppgifter.',
  })
  async note(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<string | null> {
    return (await absenceDetailsVisible(ctx, absence)) ? absence.note : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Motiveringen till ett avslag eller till AT/BT-chefens individuella beviljande; dold (null) för sjukfrånvaro och VAB utan behörighet till hälsouppgifter.',
  })
  async decisionReason(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<string | null> {
    return (await absenceDetailsVisible(ctx, absence)) ? absence.decisionReason : null;
  }

  @FieldResolver(() => Boolean, { description: 'ABS-9, ABS-12: ledighet utan lön (tjänstledighet, forskningsledighet, extern kurs).' })
  unpaid(@Root() absence: Absence): boolean {
    return UNPAID_ABSENCE_KINDS.includes(absence.kind);
  }

  @FieldResolver(() => [AbsenceWarning], {
    description:
      'ABS-8, ABS-9, ABS-12: varningar med ansökan (t.ex. föräldraledighet sökt mindre än 3 månader före, PARENTAL_LEAVE_SHORT_NOTICE); de hindrar inte ansökan.',
  })
  warnings(@Root() absence: Absence): AbsenceWarning[] {
    // health kinds have none, so nothing about them is told here
    return isHealthAbsence(absence.kind) ? [] : absenceWarningsOf(absenceWarnings(absence, absence.appliedOn));
  }

  @FieldResolver(() => AbsenceProjection, {
    nullable: true,
    description: 'ABS-12: för en ansökan som väntar på beslut, effekten på datumet då 12 månader nås om den beviljas; null för andra.',
  })
  async projection(@Root() absence: Absence, @Ctx() ctx: EmploymentContext): Promise<AbsenceProjection | null> {
    if (absence.status !== AbsenceStatus.APPLIED || !(await absenceDetailsVisible(ctx, absence))) return null;
    const trainee = await traineeOf(ctx, absence.traineeId);
    return projectionView(await absenceProjection(ctx, trainee, absence), trainee.employmentEnd);
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() absence: Absence, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(absence.traineeId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'ABS-3: enheten vars verksamhetschef beslutar (eller beslutade); null när AT/BT-chefen beslutar.' })
  decidingUnit(@Root() absence: Absence, @Ctx() { loaders }: EmploymentContext): Promise<Unit | undefined> {
    return absence.decidingUnitId ? loaders.unit.load(absence.decidingUnitId) : Promise.resolve(undefined);
  }
}
