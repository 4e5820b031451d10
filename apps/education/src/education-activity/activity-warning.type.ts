import { Field, ObjectType } from 'type-graphql';
import type { Problem } from '@bt/domain';
import { PlanCheckParam, messageParams } from '../training-plan/plan-check.type';

/** EDU-4, EDU-6: what the saved activity does unlike the programme (a seminar not on a Wednesday afternoon, …). */
@ObjectType({ description: 'En varning: aktiviteten sparades, men avviker från programmet (t.ex. ett seminarium som inte ligger på en onsdagseftermiddag).' })
export class ActivityWarning {
  @Field(() => String, { description: 'Stabil kod, t.ex. SEMINAR_NOT_WEDNESDAY_AFTERNOON.' })
  code: string;

  @Field(() => String, { description: 'Svensk text för människor.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Regelns id i domänbeskrivningen.' })
  rule: string | null;

  @Field(() => [PlanCheckParam], { description: 'Värden som texten nämner (datum, tider).' })
  params: PlanCheckParam[];
}

export const activityWarnings = (problems: readonly Problem[]): ActivityWarning[] =>
  problems.map(({ code, message, rule, params }) => ({
    code,
    message,
    rule: rule ?? null,
    params: messageParams(params),
  }));
