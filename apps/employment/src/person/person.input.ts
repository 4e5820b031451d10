import { Field, ID, InputType } from 'type-graphql';
import { Role } from '@bt/auth';
import { DirectorOfStudiesScope, type PersonDraft } from '@bt/domain';

@InputType({ description: 'En ändrad person i personalen.' })
export class PersonInput implements PersonDraft {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [Role], { description: 'Minst en roll; inte BT-läkare.' })
  roles: Role[];

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'En enhet på personens huvudort.' })
  unitId?: string | null;

  @Field(() => DirectorOfStudiesScope, { nullable: true, description: 'Krävs för BT-studierektorer, och bara för dem (ORG-2).' })
  directorOfStudiesScope?: DirectorOfStudiesScope | null;
}
