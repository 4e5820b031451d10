import { Field, InputType, Int } from 'type-graphql';
import { SpecialistStatus, Specialty, type SupervisorQualificationFacts } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'En persons uppgifter i handledarregistret (EDU-7).' })
export class SupervisorQualificationInput implements SupervisorQualificationFacts {
  @Field(() => Boolean, { description: 'Legitimerad läkare.' })
  licensed: boolean;

  @Field(() => SpecialistStatus, { nullable: true, description: 'Specialist eller ST-läkare; tomt om ingetdera (då också utan specialitet).' })
  specialistStatus: SpecialistStatus | null;

  @Field(() => Specialty, { nullable: true })
  specialty: Specialty | null;

  @Field(() => String, { nullable: true, description: 'Handledarutbildningen, t.ex. "LEK-kurs"; krävs med datum.' })
  supervisorTrainingCourse: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dagen handledarutbildningen avslutades, högst i dag.' })
  supervisorTrainingDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Års erfarenhet av läkartjänst, 0–60.' })
  yearsOfExperience: number | null;
}
