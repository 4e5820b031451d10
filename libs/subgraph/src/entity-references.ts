import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Entities owned by the employment subgraph that other subgraphs refer to by id only
 * (`resolvable: false`): the gateway fetches their fields from employment.
 */
@ObjectType('Person')
@Directive('@key(fields: "id", resolvable: false)')
export class PersonReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Unit')
@Directive('@key(fields: "id", resolvable: false)')
export class UnitReference {
  @Field(() => ID)
  id: string;
}

export function personReference(id: string | null | undefined): PersonReference | null {
  return id ? Object.assign(new PersonReference(), { id }) : null;
}

export function unitReference(id: string): UnitReference {
  return Object.assign(new UnitReference(), { id });
}
