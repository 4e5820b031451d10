import { Field, ID, InputType } from 'type-graphql';
import { AttendanceStatus, EducationActivityKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'EDU-4, EDU-6: en utbildningsaktivitet som planeras eller ändras.' })
export class EducationActivityInput {
  @Field(() => EducationActivityKind)
  kind: EducationActivityKind;

  @Field(() => String, { description: 'Rubrik, högst 200 tecken.' })
  title: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String, { description: 'Starttid TT:MM (svensk tid).' })
  startTime: string;

  @Field(() => String, { description: 'Sluttid TT:MM (svensk tid), efter starttiden.' })
  endTime: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Högst 1 000 tecken.' })
  description?: string | null;

  @Field(() => [String], { description: 'EDU-5: delmålen aktiviteten tjänar, med koder ur målbeskrivningen som gäller (BT1–BT18).' })
  goalCodes: string[];
}

@InputType({ description: 'Vilka aktiviteten är för: en huvudorts BT-läkare (alla eller en kull) eller en enskild BT-läkare. Ange siteId eller traineeId.' })
export class EducationActivityAudienceInput {
  @Field(() => ID, { nullable: true, description: 'Huvudorten vars BT-läkare aktiviteten är för.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Med siteId: bara den här kullen på huvudorten.' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: 'En enskild BT-läkare (då utan siteId och cohortId).' })
  traineeId?: string | null;
}

@InputType({ description: 'EDU-6: en BT-läkares närvaro vid aktiviteten.' })
export class AttendanceInput {
  @Field(() => ID)
  traineeId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;
}
