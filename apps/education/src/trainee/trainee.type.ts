import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Trainee is owned by employment; education adds placements, main supervisor and goal progress. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Trainee {
  @Field(() => ID)
  id: string;
}
