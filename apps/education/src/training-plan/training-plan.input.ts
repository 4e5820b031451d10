import { Field, ID, InputType } from 'type-graphql';
import { PlacementKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'EDU-5: en ny placering i utbildningsplanen.' })
export class PlacementInput {
  @Field(() => PlacementKind)
  kind: PlacementKind;

  @Field(() => ID, { description: 'Enheten (EDU-2: slutenvård på huvudorten, primärvård i östra eller västra länsdelen, psykiatri i Växjö).' })
  unitId: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { description: 'Sista dag (inklusive).' })
  endDate: string;
}

@InputType({ description: 'EDU-5: ändring av en placering: flytta, korta, förläng, byt enhet eller typ. Utelämnade fält behålls.' })
export class PlacementChangeInput {
  @Field(() => PlacementKind, { nullable: true })
  kind?: PlacementKind;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Sista dag (inklusive).' })
  endDate?: string;
}

@InputType({ description: 'ABS-4: ny planerad semester i utbildningsplanen.' })
export class PlannedVacationInput {
  @Field(() => DateScalar, { description: 'Första semesterdagen.' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Sista semesterdagen (inklusive).' })
  endDate: string;
}
