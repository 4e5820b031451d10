import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@bt/auth';
import { EmploymentForm } from '@bt/domain';
import { SupervisorQualification } from './supervisor-qualification.entity';

/** EDU-7, EMP-1: what education needs from employment to check one supervisor assignment (its service identity only). */
@ObjectType({ description: 'Underlag för att pröva en handledare för en BT-läkare (bara utbildningsdelens tjänsteidentitet).' })
export class SupervisionFacts {
  @Field(() => Boolean, { description: 'Personen finns i personalen.' })
  personFound: boolean;

  @Field(() => [Role], { description: 'Personens roller.' })
  personRoles: Role[];

  @Field(() => ID, { nullable: true, description: 'Personens enhet.' })
  personUnitId: string | null;

  @Field(() => SupervisorQualification, { nullable: true, description: 'Personens post i handledarregistret.' })
  qualification: SupervisorQualification | null;

  @Field(() => EmploymentForm, { nullable: true, description: 'BT-läkarens anställningsform; tomt om BT-läkaren inte finns.' })
  traineeEmploymentForm: EmploymentForm | null;

  @Field(() => ID, { nullable: true, description: 'BT-läkarens huvudort.' })
  traineeSiteId: string | null;

  @Field(() => ID, { nullable: true, description: 'Enheten för den som utser handledaren (verksamhetschef eller BT-ansvarig utser på sin egen enhet).' })
  appointerUnitId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'EMP-1: verksamhetschefen på enheten där en integrerad BT:s ST-anställning finns (utser huvudansvarig handledare); tomt för fristående BT.',
  })
  traineeStUnitHeadId: string | null;
}
