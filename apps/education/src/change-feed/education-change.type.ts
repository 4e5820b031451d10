import { Field, ObjectType } from 'type-graphql';
import { FeedChangeType } from '@bt/subgraph';

@ObjectType({ description: 'En ändring av en BT-läkares placeringar eller handledare, för andra delgrafers läsmodeller.' })
export class EducationChange extends FeedChangeType {
  @Field(() => String, { description: 'BT-läkarens hela läge efter ändringen (huvudhandledare och placeringar), som JSON.' })
  state: string;
}
