import { graphql } from 'graphql';
import { Authorized, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Permission, Role } from '@bt/auth';
import { buildModuleSchema, moduleDatabase, type SubgraphModule } from './subgraph-module';
import { guardReference } from './guard-reference';

@ObjectType()
@Directive('@key(fields: "id")')
class Thing {
  @Field(() => ID)
  id: string;
}

@Resolver()
class ThingResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => [Thing])
  things(): Thing[] {
    return [{ id: 't1' }];
  }
}

@Resolver()
class ClockResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => String)
  hello(): string {
    return 'hej';
  }
}

class ThingTable {}
class OtherTable {}
class Migration1 {}
class Migration2 {}

const things: SubgraphModule = {
  resolvers: [ThingResolver],
  entities: [ThingTable],
  migrations: [Migration1],
  references: { Thing: { __resolveReference: guardReference(Permission.READ_SALARY, (reference: { id: string }) => reference) } },
};
const clock: SubgraphModule = { resolvers: [ClockResolver], entities: [OtherTable], migrations: [Migration2] };

describe('a subgraph built from its modules alone', () => {
  it("lists every module's entities and migrations for the database, in module order", () => {
    expect(moduleDatabase('employment', [things, clock])).toEqual({
      subgraph: 'employment',
      entities: [ThingTable, OtherTable],
      migrations: [Migration1, Migration2],
    });
  });

  it("serves every module's queries to a signed-in caller, and none to an anonymous one", async () => {
    const schema = await buildModuleSchema([things, clock]);
    const viewer = { id: 'p1', username: 'bt', name: 'BT', roles: [Role.TRAINEE] };
    const result = await graphql({ schema, source: '{ things { id } hello }', contextValue: { viewer, token: 't', today: '2026-11-22' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ things: [{ id: 't1' }], hello: 'hej' });
    const anonymous = await graphql({ schema, source: '{ hello }', contextValue: {} });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("resolves references with the modules' guarded reference resolvers", async () => {
    const schema = await buildModuleSchema([things, clock]);
    const source = '{ _entities(representations: [{ __typename: "Thing", id: "t9" }]) { ... on Thing { id } } }';
    const director = { id: 'p1', username: 'chef', name: 'Chef', roles: [Role.DIRECTOR] };
    const trainee = { id: 'p2', username: 'bt', name: 'BT', roles: [Role.TRAINEE] };
    expect((await graphql({ schema, source, contextValue: { viewer: director } })).data).toEqual({ _entities: [{ id: 't9' }] });
    const refused = await graphql({ schema, source, contextValue: { viewer: trainee } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('needs at least one resolver', () => {
    expect(() => buildModuleSchema([{ resolvers: [], entities: [], migrations: [] }])).toThrow(/at least one module with a resolver/);
  });
});
