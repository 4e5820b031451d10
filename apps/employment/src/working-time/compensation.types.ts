import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, PageArgs, PageOf } from '@bt/subgraph';

@ObjectType({ description: 'ABS-5, ABS-7: flextid och jourkompensation under en placering.' })
export class PlacementCompensation {
  @Field(() => ID, { description: 'Placeringens id (utbildningsdelens placering).' })
  placementId: string;

  unitId: string;

  @Field(() => DateScalar, { description: 'Placeringens första dag.' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Sista dagen.' })
  endDate: string;

  @Field(() => Float, { description: 'ABS-7: flextimmar som följde med från föregående placering (högst +20, minst −10).' })
  flexOpeningHours: number;

  @Field(() => Float, { nullable: true, description: 'ABS-7: flexsaldot vid placeringens slut; null innan HR registrerat det.' })
  flexClosingHours: number | null;

  @Field(() => Float, { nullable: true, description: 'ABS-7: det som följer med till nästa placering: saldot begränsat till +20/−10 timmar.' })
  flexCarriedHours: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ABS-7: det som ströks vid placeringsbytet (positivt: timmar över +20 som försvann; negativt: skuld under −10 som avskrevs).',
  })
  flexCutHours: number | null;

  @Field(() => Float, { description: 'ABS-5: intjänad jourkompensation under placeringen (timmar).' })
  onCallEarnedHours: number;

  @Field(() => Float, { description: 'ABS-5: den del som betalas ut.' })
  onCallPaidHours: number;

  @Field(() => Float, { description: 'ABS-5: den del som blir jourkompledighet.' })
  onCallLeaveHours: number;

  @Field(() => Float, { description: 'ABS-5: jourkompledighet uttagen under placeringen.' })
  onCallTakenLeaveHours: number;
}

@ObjectType({ description: 'ABS-5, ABS-7: en BT-läkares flextid och jourkompensation per placering, med jourkompsaldot som betalas ut när BT avslutas.' })
export class TraineeCompensation {
  @Field(() => ID, { description: 'BT-läkarens id.' })
  traineeId: string;

  @Field(() => Int, { description: 'ABS-5: procent av jourkompensationen som betalas ut för BT-läkarens huvudort (standard 30; resten ledighet).' })
  onCallPaidPercent: number;

  @Field(() => [PlacementCompensation], { description: 'Placeringarna i tidsordning.' })
  placements: PlacementCompensation[];

  @Field(() => Float, { description: 'ABS-5: intjänad jourkompensation under alla placeringar (timmar).' })
  onCallEarnedHours: number;

  @Field(() => Float, { description: 'ABS-5: den del som betalas ut, summerad per placering.' })
  onCallPaidHours: number;

  @Field(() => Float, { description: 'ABS-5: den del som blir jourkompledighet, summerad per placering.' })
  onCallLeaveHours: number;

  @Field(() => Float, { description: 'ABS-5: jourkompledighet uttagen under alla placeringar.' })
  onCallTakenLeaveHours: number;

  @Field(() => Float, { description: 'ABS-5: intjänad jourkompledighet som inte tagits ut; betalas ut när BT avslutas.' })
  onCallLeftHours: number;
}

@ObjectType({ description: 'ABS-5: en BT-läkare med jourkompledighet kvar att betala ut när BT avslutas.' })
export class OnCallPayout {
  traineeId: string;

  @Field(() => DateScalar, { description: 'Anställningens sista dag.' })
  employmentEnd: string;

  @Field(() => Float, { description: 'Jourkompledighet kvar (timmar) att betala ut.' })
  leftHours: number;
}

@ObjectType({ description: 'En sida av listan över jourkomp att betala ut vid BT:s slut.' })
export class OnCallPayoutPage extends PageOf(OnCallPayout) {}

@ArgsType()
export class OnCallPayoutPageArgs extends PageArgs {
  @Field(() => DateScalar, { description: 'Anställningar som slutar från och med denna dag.' })
  endingFrom: string;

  @Field(() => DateScalar, { description: 'Anställningar som slutar till och med denna dag.' })
  endingTo: string;

  @Field(() => ID, { nullable: true, description: 'Huvudorten; utan: alla som du når.' })
  siteId?: string | null;
}
