import { Field, ID, InputType } from 'type-graphql';
import { RegionPart, UnitKind, type UnitDraft } from '@bt/domain';

@InputType({ description: 'En ändrad enhet.' })
export class UnitInput implements UnitDraft {
  @Field(() => String)
  name: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => RegionPart, { nullable: true, description: 'Bara för vårdcentraler, och för dem krävs den (EDU-2).' })
  regionPart?: RegionPart | null;

  @Field(() => Boolean, { nullable: true, description: 'ABS-3: vårdcentral i vårdvalet (privat primärvård). Utelämnad: oförändrad.' })
  privatePrimaryCare?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'En person med rollen verksamhetschef.' })
  headOfUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'En person med rollen lokalt BT-ansvarig läkare.' })
  btLeadId?: string | null;
}
