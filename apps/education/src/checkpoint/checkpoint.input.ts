import { Field, ID, InputType } from 'type-graphql';
import { CheckpointKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'EDU-8: en hållen kontrollpunkt.' })
export class CheckpointCompletionInput {
  @Field(() => ID)
  traineeId: string;

  @Field(() => CheckpointKind)
  kind: CheckpointKind;

  @Field(() => ID, { nullable: true, description: 'Placeringen (bara för B).' })
  placementId?: string | null;

  @Field(() => DateScalar, { description: 'Dagen avstämningen hölls (senast i dag).' })
  heldOn: string;

  @Field(() => [ID], { description: 'De avbockade punkterna på kontrollpunktens checklista.' })
  itemIds: string[];

  @Field(() => String, { nullable: true, description: 'Anteckning, t.ex. behov av kompletterande bedömningsunderlag.' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'För en rättelse: den registrering som rättas (kontrollpunktens senaste).' })
  corrects?: string | null;
}

@InputType({ description: 'EDU-8: en handledaravstämning vid byte av placering.' })
export class HandoverInput {
  @Field(() => ID, { description: 'Placeringen som avslutas.' })
  fromPlacementId: string;

  @Field(() => ID, { description: 'Placeringen som följer.' })
  toPlacementId: string;

  @Field(() => DateScalar, { description: 'Dagen avstämningen hölls.' })
  heldOn: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
