import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { missingReferences, unitProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Unit } from './unit.entity';
import { UnitInput } from './unit.input';
import { roleProblems } from '../person/role-problems';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Unit)
export class UnitMutationResolver {
  @Authorized(Role.DIRECTOR, Role.ADMIN_SUPPORT)
  @Mutation(() => Unit, { description: 'Ändrar en enhet (ORG-3): namn, huvudort, typ, regiondel, verksamhetschef och BT-ansvarig.' })
  async updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UnitInput) input: UnitInput,
    @Ctx() { dataSource, loaders }: EmploymentContext,
  ): Promise<Unit> {
    const [unit, site, head, lead] = await Promise.all([
      loaders.unit.load(id),
      loaders.site.load(input.siteId),
      input.headOfUnitId ? loaders.person.load(input.headOfUnitId) : undefined,
      input.btLeadId ? loaders.person.load(input.btLeadId) : undefined,
    ]);
    const problems = [
      ...missingReferences([
        ['Enheten', 'id', id, unit],
        ['Huvudorten', 'siteId', input.siteId, site],
        ['Verksamhetschefen', 'headOfUnitId', input.headOfUnitId, head],
        ['BT-ansvarig läkare', 'btLeadId', input.btLeadId, lead],
      ]),
      ...unitProblems(input),
      ...roleProblems('Verksamhetschefen', 'headOfUnitId', head, Role.HEAD_OF_UNIT),
      ...roleProblems('BT-ansvarig läkare', 'btLeadId', lead, Role.UNIT_BT_LEAD),
    ];
    if (problems.length > 0 || !unit) throw badUserInput(problems);
    const changes = {
      name: input.name.trim(),
      siteId: input.siteId,
      kind: input.kind,
      regionPart: input.regionPart ?? null,
      headOfUnitId: input.headOfUnitId ?? null,
      btLeadId: input.btLeadId ?? null,
    };
    await dataSource.getRepository(Unit).update({ id }, changes);
    return Object.assign(new Unit(), { ...unit, ...changes });
  }
}
