import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { NESTED_LIST_DEFAULT, NESTED_LIST_MAX } from '@bt/domain';
import type { Page } from '@bt/subgraph';
import { Unit } from './unit.entity';
import { UnitPage, UnitPageArgs } from './unit-page.args';
import { unitPage, units } from './unit.service';
import { Site } from '../site/site.entity';
import { Person } from '../person/person.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => [Unit], {
    description: `Enheter (kliniker och vårdcentraler) i namnordning, valfritt för en huvudort: de första \`first\` (1–${NESTED_LIST_MAX}, annars BAD_USER_INPUT LIST_SIZE_OUT_OF_RANGE); alla, sida för sida: unitPage.`,
  })
  units(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('first', () => Int, { defaultValue: NESTED_LIST_DEFAULT }) first: number,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<Unit[]> {
    return units(dataSource, siteId, first);
  }

  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => UnitPage, { description: 'En sida enheter för listor. sortField: name, kind eller site (ortens namn); utan sortField: namn.' })
  unitPage(@Args(() => UnitPageArgs) args: UnitPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<Unit>> {
    return unitPage(dataSource, args);
  }

  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() { loaders }: EmploymentContext): Promise<Unit | undefined> {
    return loaders.unit.load(id);
  }

  @FieldResolver(() => Site)
  async site(@Root() unit: Unit, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(unit.siteId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Verksamhetschef.' })
  headOfUnit(@Root() unit: Unit, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> | null {
    return unit.headOfUnitId ? loaders.person.load(unit.headOfUnitId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Lokalt BT-ansvarig läkare.' })
  btLead(@Root() unit: Unit, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> | null {
    return unit.btLeadId ? loaders.person.load(unit.btLeadId) : null;
  }
}
