import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationTraineeCriteria } from '@bt/domain';

@InputType({ description: 'Villkor på BT-läkarnas placeringar och handledare; varje angivet villkor begränsar urvalet.' })
export class EducationTraineeFilter implements EducationTraineeCriteria {
  @Field(() => ID, { nullable: true, description: 'Placerade på enheten i dag.' })
  currentUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Med den här huvudhandledaren.' })
  mainSupervisorId?: string | null;

  @Field(() => Int, { nullable: true, description: 'En placering börjar mellan i dag och i dag + N dagar.' })
  placementStartingWithinDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: BT-läkare som har en huvudhandledare (de utan är de övriga, som anställningsdelen känner till).',
  })
  withMainSupervisor?: boolean | null;
}
