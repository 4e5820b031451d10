import { Field, Int, ObjectType } from 'type-graphql';
import type { Problem } from '@bt/domain';
import { DateScalar, PersonReference } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.type';
import { Placement } from '../placement/placement.entity';
import { PlanCheckParam, messageParams } from '../training-plan/plan-check.type';

/** A rule the change breaks without being refused (EDU-7): shown to the one who made it, saved in the log. */
@ObjectType({ description: 'En varning: ändringen sparades, men bryter mot en riktlinje (t.ex. handledare utan handledarutbildning).' })
export class SupervisionWarning {
  @Field(() => String, { description: 'Stabil kod, t.ex. SUPERVISOR_WITHOUT_TRAINING.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Regelns id i domänbeskrivningen.' })
  rule?: string;

  @Field(() => String, { nullable: true, description: 'Argumentet varningen gäller.' })
  field?: string;

  @Field(() => String, { description: 'Svensk text för människor.' })
  message: string;

  @Field(() => [PlanCheckParam], { description: 'Värdena meddelandet nämner (t.ex. antal år), för en översättning.' })
  params: PlanCheckParam[];
}

export const supervisionWarnings = (problems: readonly Problem[]): SupervisionWarning[] =>
  problems.map(({ code, rule, field, message, params }) => ({ code, rule, field, message, params: messageParams(params) }));

@ObjectType({ description: 'BT-läkarens huvudansvariga handledare (HHL) från ett datum.' })
export class MainSupervisionView {
  @Field(() => PersonReference)
  supervisor: PersonReference;

  @Field(() => DateScalar)
  fromDate: string;

  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid byte eller avslut. Har någon annan ändrat under tiden nekas ändringen (CONFLICT).' })
  version: number;
}

@ObjectType({ description: 'Resultatet av att utse en huvudansvarig handledare: den nya handledningen och varningarna.' })
export class MainSupervisionAssignment {
  @Field(() => Trainee)
  trainee: Trainee;

  @Field(() => MainSupervisionView)
  mainSupervision: MainSupervisionView;

  @Field(() => [SupervisionWarning])
  warnings: SupervisionWarning[];
}

@ObjectType({ description: 'Resultatet av att utse en klinisk handledare: placeringen och varningarna.' })
export class ClinicalSupervisionAssignment {
  @Field(() => Placement)
  placement: Placement;

  @Field(() => [SupervisionWarning])
  warnings: SupervisionWarning[];
}
