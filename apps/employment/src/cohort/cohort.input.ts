import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'En ny eller ändrad kull.' })
export class CohortInput {
  @Field(() => ID)
  siteId: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Utan namn: termin, år och huvudort, t.ex. "VT 2027 Växjö".' })
  name?: string | null;
}
