import { Field, ID, InputType, Int } from 'type-graphql';
import type { MeritsDraft } from '@bt/domain';

@InputType({ description: 'REC-5: meriter.' })
export class MeritsInput implements MeritsDraft {
  @Field(() => Int)
  underlakareMonthsSweden: number;

  @Field(() => Int)
  underlakareMonthsRegion: number;

  @Field(() => String, { nullable: true })
  otherHigherEducation?: string | null;

  @Field(() => String, { nullable: true })
  researchMerits?: string | null;

  @Field(() => Boolean)
  doctoralDegree: boolean;

  @Field(() => String, { nullable: true })
  earlierEmploymentInRegion?: string | null;
}

@InputType({ description: 'Ändrade uppgifter i en ansökan. Ansökningsnumret och mottagningsdatumet kommer från jobbportalen och ändras inte.' })
export class ApplicationInput {
  @Field(() => String)
  givenName: string;

  @Field(() => String)
  familyName: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ID)
  preferredSiteId: string;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅMMDD-XXXX; utan: oförändrat.' })
  personalIdentityNumber?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'REC-8: kan tänka sig den andra huvudorten; utan: oförändrat.' })
  acceptsOtherSite?: boolean | null;

  @Field(() => MeritsInput, { nullable: true, description: 'Utan: oförändrade.' })
  merits?: MeritsInput | null;
}
