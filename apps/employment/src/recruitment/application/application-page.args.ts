import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApplicationState } from '@bt/domain';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { Application } from './application.entity';

@InputType({ description: 'Filter för ansökningslistan; varje angivet villkor begränsar urvalet.' })
export class ApplicationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  roundId?: string | null;

  @Field(() => ApplicationState, { nullable: true })
  state?: ApplicationState | null;

  @Field(() => ID, { nullable: true })
  preferredSiteId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: uppfyller alla formella krav (REC-3); false: uppfyller inte alla (INELIGIBLE); utelämnat: alla, även okontrollerade.',
  })
  eligible?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Varje ord finns i för- eller efternamnet, ansökningsnumret eller e-postadressen, utan hänsyn till versaler.',
  })
  q?: string | null;
}

@ArgsType()
export class ApplicationPageArgs extends PageArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  filter?: ApplicationFilter | null;
}

@ObjectType({ description: 'En sida ansökningar och antalet som matchar filtret.' })
export class ApplicationPage extends PageOf(Application) {}

const familyName = { column: 'application.familyName', text: true };
const givenName = { column: 'application.givenName', text: true };

/** sortField name (family, then given name), receivedAt, externalId or state; without one: by name. */
export const APPLICATION_SORTING: Sorting = {
  fields: {
    name: [familyName, givenName],
    receivedAt: [{ column: 'application.receivedAt' }, familyName],
    externalId: [{ column: 'application.externalId' }],
    state: [{ column: 'application.state' }, familyName, givenName],
  },
  byDefault: [
    [familyName, SortOrder.ASC],
    [givenName, SortOrder.ASC],
  ],
  unique: 'application.id',
};
