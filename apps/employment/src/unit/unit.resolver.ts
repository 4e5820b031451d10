import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Unit } from './unit.entity';
import { Site } from '../site/site.entity';
import { Person } from '../person/person.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => [Unit], { description: 'Enheter (kliniker och vårdcentraler), valfritt för en huvudort.' })
  units(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Ctx() { dataSource }: EmploymentContext,
  ): Promise<Unit[]> {
    return dataSource.getRepository(Unit).find({ where: siteId ? { siteId } : {}, order: { name: 'ASC' } });
  }

  @Authorized()
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
