import { Field, ID, InputType } from 'type-graphql';
import { EmploymentForm, type TraineeEmploymentDraft } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'En BT-läkares anställning: namn, personnummer, huvudort, kull och anställningstid.' })
export class TraineeEmploymentInput implements TraineeEmploymentDraft {
  @Field(() => String)
  givenName: string;

  @Field(() => String)
  familyName: string;

  @Field(() => String, { description: 'ÅÅÅÅMMDD-XXXX (även ÅÅMMDD-XXXX); kontrollsiffran kontrolleras.' })
  personalIdentityNumber: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID, { description: 'En kull på samma huvudort.' })
  cohortId: string;

  @Field(() => DateScalar)
  employmentStart: string;

  @Field(() => DateScalar, { description: 'Sista anställningsdag. EMP-1: fristående BT minst 12 månader (kan förlängas).' })
  employmentEnd: string;

  @Field(() => EmploymentForm)
  employmentForm: EmploymentForm;

  @Field(() => ID, {
    nullable: true,
    description:
      'EMP-1: för BT inom ST-anställning (INTEGRATED, då obligatorisk) enheten där ST-anställningen finns; dess verksamhetschef utser huvudansvarig handledare. Sparas inte för fristående BT.',
  })
  stUnitId?: string | null;
}
