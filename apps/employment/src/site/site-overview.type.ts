import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@bt/subgraph';
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

  @Field(() => Int, {
    description: 'ORG-2: av dem utan huvudhandledare, de som redan har börjat: huvudhandledaren skulle ha funnits senast vid BT-introduktionen.',
  })
  traineesWithoutMainSupervisorOverdue: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'ORG-2: den tidigaste dagen då en BT-läkare utan huvudhandledare senast ska ha en (BT-introduktionen); tomt om alla har en.',
  })
  mainSupervisorFirstDue: string | null;

  @Field(() => Int, { description: 'BT-läkare med en placering som börjar inom 30 dagar.' })
  placementsStartingWithin30Days: number;
}
