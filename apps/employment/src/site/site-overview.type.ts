import { Field, Int, ObjectType } from 'type-graphql';
import { Site } from './site.entity';

@ObjectType({ description: 'Startsidans siffror för en huvudort.' })
export class SiteOverview {
  @Field(() => Site)
  site: Site;

  @Field(() => Int, { description: 'BT-läkare anställda i dag.' })
  activeTrainees: number;

  @Field(() => Int, { description: 'Kullar på orten.' })
  cohorts: number;

  @Field(() => Int, { description: 'BT-läkare som är anställda i dag eller ännu inte har börjat, utan huvudhandledare.' })
  traineesWithoutMainSupervisor: number;

  @Field(() => Int, { description: 'BT-läkare med en placering som börjar inom 30 dagar.' })
  placementsStartingWithin30Days: number;
}
