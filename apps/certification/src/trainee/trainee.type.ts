import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Trainee is owned by employment; certification adds the trainee's certificates. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Trainee {
  @Field(() => ID)
  id: string;
}
