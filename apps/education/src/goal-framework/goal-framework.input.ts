import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Ett delmål i en ny målbeskrivning.' })
export class GoalInput {
  @Field(() => String, { description: 'Kod, t.ex. BT1.' })
  code: string;

  @Field(() => String)
  title: string;
}

@InputType({ description: 'En ny version av målbeskrivningen, med alla delmål i ordning.' })
export class PublishGoalFrameworkInput {
  @Field(() => String, { description: 'T.ex. "HSLF-FS 2027:1".' })
  frameworkVersion: string;

  @Field(() => [GoalInput])
  goals: GoalInput[];
}
