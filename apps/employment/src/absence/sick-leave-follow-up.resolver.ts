import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { RehabilitationDecision } from './rehabilitation-decision.entity';
import { RehabilitationPlan } from './rehabilitation-plan.entity';
import { PlacementAbsenceJudgement } from './placement-absence-judgement.entity';
import { recordRehabilitationDecision, recordRehabilitationPlan } from './sick-leave-follow-up.service';
import { recordPlacementAbsenceJudgement } from './placement-absence-judgement.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => RehabilitationPlan)
export class RehabilitationPlanResolver {
  @FieldResolver(() => [String], { description: 'ABS-10: deltagarna (namn eller funktion), t.ex. HR, AT/BT-chef, klinikledning, handledare, BT-läkaren.' })
  participants(@Root() plan: RehabilitationPlan): string[] {
    return JSON.parse(plan.participants) as string[];
  }

  @Authorized(Permission.DECIDE_REHABILITATION)
  @Mutation(() => RehabilitationPlan, {
    description:
      'ABS-10: registrerar den individuella rehabiliteringsplanen vid långtidsfrånvaro med deltagarna (minst två). (Biträdande) AT/BT-chefen, som ansvarar för den; biträdande bara för egen huvudort. Loggas.',
  })
  recordRehabilitationPlan(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('participants', () => [String]) participants: string[],
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RehabilitationPlan> {
    return recordRehabilitationPlan(ctx, traineeId, participants, note);
  }
}

@Resolver(() => RehabilitationDecision)
export class RehabilitationDecisionResolver {
  @Authorized(Permission.DECIDE_REHABILITATION)
  @Mutation(() => RehabilitationDecision, {
    description:
      'ABS-11: (biträdande) AT/BT-chefens beslut efter kontakt med BT-läkaren om ett rehabiliteringsarbete ska inledas vid upprepad korttidsfrånvaro; biträdande bara för egen huvudort. Loggas.',
  })
  recordRehabilitationDecision(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('startsRehabilitation', () => Boolean) startsRehabilitation: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RehabilitationDecision> {
    return recordRehabilitationDecision(ctx, traineeId, startsRehabilitation, note);
  }
}

@Resolver(() => PlacementAbsenceJudgement)
export class PlacementAbsenceJudgementResolver {
  @Authorized(Permission.JUDGE_PLACEMENT_ABSENCE)
  @Mutation(() => PlacementAbsenceJudgement, {
    description:
      'ABS-2: verksamhetschefen på placeringens enhet eller placeringens kliniska handledare bedömer om frånvaron under placeringen är godtagbar (en anteckning krävs när den inte är det). En ny bedömning läggs till; den senaste visas i serviceLedger. Loggas.',
  })
  recordPlacementAbsenceJudgement(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('placementId', () => ID) placementId: string,
    @Arg('acceptable', () => Boolean) acceptable: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PlacementAbsenceJudgement> {
    return recordPlacementAbsenceJudgement(ctx, { traineeId, placementId, acceptable, note });
  }
}
