import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { MAX_ACCESS_WITHIN_DAYS } from '@bt/domain';
import { PageArgs, PageOf } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';

@ArgsType()
export class AccessTasksDueArgs extends PageArgs {
  @Field(() => ID, { description: 'Huvudorten vars BT-läkare listan gäller.' })
  siteId: string;

  @Field(() => Int, { defaultValue: 28, description: `Hur många dagar framåt från i dag, 0–${MAX_ACCESS_WITHIN_DAYS}; försenade uppgifter kommer alltid med.` })
  withinDays: number;
}

@ObjectType({ description: 'En sida av uppgifterna som ska göras och antalet som matchar.' })
export class AccessTaskPage extends PageOf(AccessTask) {}
