import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'REC-6: en intervjutid som en plan skulle lägga ut; ännu inte sparad.' })
export class PlannedSlot {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;
}
