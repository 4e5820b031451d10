import { Field, ObjectType } from 'type-graphql';
import { PlanCheckSeverity, type PlanFinding } from '@bt/domain';

@ObjectType({ description: 'Ett värde som kontrollens eller varningens meddelande nämner (datum, antal månader).' })
export class PlanCheckParam {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

/** A problem's params as name/value pairs, so that clients can say the message in another language. */
export const messageParams = (params: Record<string, unknown> | undefined): PlanCheckParam[] =>
  Object.entries(params ?? {}).map(([name, value]) => ({ name, value: String(value) }));

/** A finding of the plan's checks (EDU-1, ABS-1, EMP-1), as clients show it beside the plan. */
@ObjectType({ description: 'Resultatet av en kontroll av utbildningsplanen: vad som är fel, vad man gör och hur allvarligt det är.' })
export class PlanCheck {
  @Field(() => String, { description: 'Stabil kod, t.ex. PLAN_ACUTE_CARE_TOO_SHORT.' })
  code: string;

  @Field(() => String, { description: 'På svenska: vad som är fel och vad man gör.' })
  message: string;

  @Field(() => PlanCheckSeverity)
  severity: PlanCheckSeverity;

  @Field(() => String, { nullable: true, description: 'Regelns id i DOMAIN.md.' })
  rule: string | null;

  @Field(() => [PlanCheckParam])
  params: PlanCheckParam[];
}

export function planCheck(finding: PlanFinding): PlanCheck {
  return {
    code: finding.code,
    message: finding.message,
    severity: finding.severity,
    rule: finding.rule ?? null,
    params: messageParams(finding.params),
  };
}
