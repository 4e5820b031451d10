import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AbsenceKind, type Problem } from '@bt/domain';
import { DateScalar, PageOf } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { PlacementAbsenceJudgement } from './placement-absence-judgement.entity';
import { RehabilitationDecision } from './rehabilitation-decision.entity';
import { RehabilitationPlan } from './rehabilitation-plan.entity';
import { Unit } from '../unit/unit.entity';
import { Trainee } from '../trainee/trainee.entity';
import './absence.enums';

@ObjectType({ description: 'ABS-8, ABS-9, ABS-12: en varning med ansökan; den hindrar inte ansökan (lagen och beslutsfattaren avgör).' })
export class AbsenceWarning {
  @Field(() => String, { description: 'Stabil kod, t.ex. PARENTAL_LEAVE_SHORT_NOTICE.' })
  code: string;

  @Field(() => String, { description: 'Svensk text för människor.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Regelns id i domänbeskrivningen.' })
  rule: string | null;
}

export const absenceWarningsOf = (problems: readonly Problem[]): AbsenceWarning[] =>
  problems.map(({ code, message, rule }) => ({ code, message, rule: rule ?? null }));

@ObjectType('AbsencePage', { description: 'En sida ansökningar om ledighet.' })
export class AbsencePage extends PageOf(Absence) {}

@ObjectType({ description: 'ABS-2: frånvaron under en placering och den senaste bedömningen av om den är godtagbar.' })
export class PlacementServiceLedger {
  @Field(() => ID, { description: 'Placeringen (utbildningsdelens id).' })
  placementId: string;

  @Field(() => Unit, { nullable: true })
  unit?: Unit;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar)
  endDate: string;

  @Field(() => Float, { description: 'Frånvarodagar av alla slag under placeringen, efter omfattning (5 dagar på 50 % = 2,5).' })
  absenceDays: number;

  @Field(() => Float, { description: 'Av dem de dagar som inte räknas som tjänstgöring.' })
  nonServiceDays: number;

  @Field(() => Float, { description: 'Tjänstgöringsdagar under placeringen, netto.' })
  serviceDays: number;

  @Field(() => PlacementAbsenceJudgement, { nullable: true, description: 'ABS-2: den senaste bedömningen; null innan någon bedömt.' })
  judgement: PlacementAbsenceJudgement | null;
}

@ObjectType('ServiceLedger', {
  description:
    'ABS-1, ABS-2: tjänstgöringstiden netto efter frånvaro. Semester och jourkomp räknas som tjänstgöring; föräldraledighet, tjänstledighet, forskningsledighet och långtidssjukfrånvaro inte. Delar av dagar efter procent.',
})
export class ServiceLedgerType {
  @Field(() => DateScalar)
  employmentStart: string;

  @Field(() => DateScalar)
  employmentEnd: string;

  @Field(() => Int, { description: 'Kalenderdagar i 12 månader från anställningens start (365, eller 366 över en skottdag).' })
  requiredDays: number;

  @Field(() => Int, { description: 'ABS-1: kalenderdagar i minimitiden 6 månader.' })
  minimumDays: number;

  @Field(() => Float, { description: 'Tjänstgöringsdagar netto till och med i dag.' })
  serviceDaysToDate: number;

  @Field(() => Float, { description: 'Tjänstgöringsdagar netto under hela anställningen, med beviljad frånvaro framåt.' })
  serviceDaysInEmployment: number;

  @Field(() => Float, { description: 'Frånvarodagar under anställningen som inte räknas som tjänstgöring.' })
  nonServiceDays: number;

  @Field(() => DateScalar, { description: 'Beräknat datum då 12 månaders tjänstgöring nås (efter anställningens slut på heltid).' })
  twelveMonthsReachedOn: string;

  @Field(() => Int, { description: 'Dagar efter anställningens slut som behövs för 12 månader (0 när de ryms).' })
  extensionDays: number;

  @Field(() => DateScalar, { description: 'ABS-1: beräknat datum då minimitiden 6 månader nås.' })
  sixMonthMinimumReachedOn: string;

  @Field(() => Boolean, { description: 'ABS-1: om minimitiden 6 månader nås inom anställningen.' })
  sixMonthMinimumMet: boolean;

  @Field(() => Boolean, {
    description: 'ABS-8, ABS-10: föräldraledighet eller långtidssjukfrånvaro: en individuell plan för förlängning behövs (se twelveMonthsReachedOn).',
  })
  extensionPlanNeeded: boolean;

  @Field(() => [AbsenceKind], {
    description: 'Vad som kräver planen. Sjukfrånvaro och VAB nämns bara för den som får se hälsouppgifter; andra ser bara extensionPlanNeeded.',
  })
  extensionPlanReasons: AbsenceKind[];

  @Field(() => [PlacementServiceLedger], { description: 'ABS-2: per placering (utbildningsdelens placeringar), i tidsordning.' })
  placements: PlacementServiceLedger[];
}

@ObjectType({ description: 'ABS-12: effekten på tjänstgöringstiden av att bevilja en frånvaro, visas före beslutet.' })
export class AbsenceProjection {
  @Field(() => DateScalar, { description: 'Datum då 12 månader nås utan frånvaron.' })
  twelveMonthsReachedOnBefore: string;

  @Field(() => DateScalar, { description: 'Datum då 12 månader nås med frånvaron beviljad.' })
  twelveMonthsReachedOnAfter: string;

  @Field(() => Int, {
    description: 'Så många dagar senare nås 12 månader (0 när frånvaron räknas som tjänstgöring). Skickas med vid AT/BT-chefens beviljande.',
  })
  daysLater: number;

  @Field(() => Int, { description: 'Dagar efter anställningens slut som behövs med frånvaron beviljad.' })
  extensionDaysAfter: number;

  @Field(() => DateScalar)
  employmentEnd: string;

  @Field(() => Boolean, { description: 'Om en individuell plan för förlängning behövs med frånvaron beviljad.' })
  extensionPlanNeeded: boolean;
}

@ObjectType({
  description:
    'ABS-10, ABS-11: uppföljning av sjukfrånvaro (hälsouppgifter): upprepad korttidsfrånvaro och långtidsfrånvaro, med (biträdande) AT/BT-chefens beslut och rehabiliteringsplaner. Varje läsning loggas.',
})
export class SickLeaveFollowUp {
  @Field(() => Int, { description: 'ABS-11: korta sjukfrånvaroperioder som börjat inom fönstret (standard 12 månader).' })
  shortTermPeriods: number;

  @Field(() => Int, { description: 'ABS-11: regelns gräns (standard 6 perioder).' })
  repeatedPeriodsLimit: number;

  @Field(() => Int, { description: 'ABS-11: regelns fönster i månader (standard 12).' })
  windowMonths: number;

  @Field(() => Boolean, { description: 'ABS-11: upprepad korttidsfrånvaro: (biträdande) AT/BT-chefen kontaktar BT-läkaren och beslutar om rehabilitering.' })
  repeatedShortTermSickLeave: boolean;

  @Field(() => Boolean, { description: 'ABS-11: flaggad och ännu inget beslut registrerat efter den senaste perioden.' })
  rehabilitationDecisionNeeded: boolean;

  @Field(() => Boolean, { description: 'ABS-10: långtidsfrånvaro (sjukfrånvaro eller VAB i sammanhängande perioder om minst gränsen, standard 60 dagar).' })
  longTermAbsence: boolean;

  @Field(() => DateScalar, { nullable: true })
  longTermFrom: string | null;

  @Field(() => DateScalar, { nullable: true })
  longTermTo: string | null;

  @Field(() => Boolean, { description: 'ABS-10: långtidsfrånvaro utan registrerad rehabiliteringsplan.' })
  rehabilitationPlanRequired: boolean;

  @Field(() => [RehabilitationDecision], { description: 'ABS-11: besluten, senaste först.' })
  decisions: RehabilitationDecision[];

  @Field(() => [RehabilitationPlan], { description: 'ABS-10: planerna, senaste först.' })
  plans: RehabilitationPlan[];
}

@ObjectType({ description: 'ABS-10, ABS-11: en BT-läkare med flaggad sjukfrånvaro och uppföljningen (hälsouppgifter).' })
export class TraineeSickLeaveFlag {
  @Field(() => Trainee)
  trainee: Trainee;

  @Field(() => SickLeaveFollowUp)
  followUp: SickLeaveFollowUp;
}

@ObjectType('TraineeSickLeaveFlagPage', { description: 'En sida BT-läkare med flaggad sjukfrånvaro.' })
export class TraineeSickLeaveFlagPage extends PageOf(TraineeSickLeaveFlag) {}
