import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';

@InputType({ description: 'Filter för granskningsloggen; varje angivet villkor begränsar urvalet.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Den som gjorde något.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Vad det gällde: Person, Trainee, Application …' })
  subjectType?: string | null;

  @Field(() => String, { nullable: true, description: 'Id för det det gällde.' })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Från och med (UTC).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Till (UTC), inte med.' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventPageArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;
}

@ObjectType({ description: 'En sida av granskningsloggen och antalet händelser som matchar filtret.' })
export class AuditEventPage extends PageOf(AuditEvent) {}

const occurredAt = { column: 'audit.occurredAt' };

/** sortField occurredAt, actorUsername or action; without one: the newest first. */
export const AUDIT_EVENT_SORTING: Sorting = {
  fields: {
    occurredAt: [occurredAt],
    actorUsername: [{ column: 'audit.actorUsername' }, occurredAt],
    action: [{ column: 'audit.action' }, occurredAt],
  },
  byDefault: [[occurredAt, SortOrder.DESC]],
  unique: 'audit.id',
};
