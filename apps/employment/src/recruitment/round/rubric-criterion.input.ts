import { Field, Float, InputType, Int } from 'type-graphql';
import type { RubricCriterionDraft } from '@bt/domain';

@InputType({ description: 'Ett kriterium i bedömningsmallen; ordningen i listan blir kriteriernas ordning.' })
export class RubricCriterionInput implements RubricCriterionDraft {
  @Field(() => String)
  name: string;

  @Field(() => Float, { description: 'Större än 0, t.ex. 0.4 för 40 %; vikterna normeras i beräkningen.' })
  weight: number;

  @Field(() => Int, { defaultValue: 1 })
  scaleMin: number;

  @Field(() => Int, { defaultValue: 5 })
  scaleMax: number;
}
