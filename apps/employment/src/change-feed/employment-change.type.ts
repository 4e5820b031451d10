import { Field, ObjectType } from 'type-graphql';
import { FeedChangeType } from '@bt/subgraph';

@ObjectType({ description: 'En ändring av en BT-läkares anställning, för utbildningsdelens läsmodell.' })
export class EmploymentChange extends FeedChangeType {
  @Field(() => String, {
    description: 'BT-läkarens hela anställningsläge efter ändringen (huvudort, kull, anställningsform, BT-period, om anställningen pågår), som JSON.',
  })
  state: string;
}
