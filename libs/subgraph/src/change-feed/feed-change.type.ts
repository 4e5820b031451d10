import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FeedChange } from './outbox';

/** The fields every feed's event type has (educationChanges, employmentChanges), inherited by each feed's object type, which describes its `state`; never in a schema itself (no resolver returns it). */
@ObjectType()
export abstract class FeedChangeType implements FeedChange {
  @Field(() => Int, { description: 'Växer i den ordning ändringarna sparades.' })
  position: number;

  @Field(() => String, { description: 'När ändringen sparades (ISO 8601).' })
  createdAt: string;

  @Field(() => ID)
  traineeId: string;

  abstract state: string;
}
