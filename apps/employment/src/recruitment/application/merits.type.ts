import { Field, Int, ObjectType } from 'type-graphql';
import type { MeritsDraft } from '@bt/domain';

@ObjectType({ description: 'REC-5: meriter som ansökan anger.' })
export class Merits implements MeritsDraft {
  @Field(() => Int, { description: 'Månader som underläkare i Sverige, före och efter legitimation.' })
  underlakareMonthsSweden: number;

  @Field(() => Int, { description: 'Varav i Region Kronoberg (mer meriterande).' })
  underlakareMonthsRegion: number;

  @Field(() => String, { nullable: true, description: 'Annan relevant högskoleutbildning.' })
  otherHigherEducation: string | null;

  @Field(() => String, { nullable: true })
  researchMerits: string | null;

  @Field(() => Boolean)
  doctoralDegree: boolean;

  @Field(() => String, { nullable: true, description: 'Övriga tidigare anställningar och utbildningar i regionen.' })
  earlierEmploymentInRegion: string | null;
}
