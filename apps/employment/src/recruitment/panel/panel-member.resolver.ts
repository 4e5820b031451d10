import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Role } from '@bt/auth';
import { missingReferences, PanelCapacity, panelMemberProblems, panelRemovalProblems, RecruitmentStage } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { PanelMember } from './panel-member.entity';
import { recruitmentRequest, requireRound } from '../recruitment-request';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => PanelMember)
export class PanelMemberResolver {
  @Authorized(Role.DIRECTOR)
  @Mutation(() => PanelMember, {
    description:
      'Sätter en person i rekryteringsgruppen för ett steg (REC-9): HR-samordnare för HR, AT/BT-chef, biträdande chef eller verksamhetschef för chefsledet, BT-studierektor för studierektorerna.',
  })
  async addPanelMember(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('stage', () => RecruitmentStage) stage: RecruitmentStage,
    @Arg('capacity', () => PanelCapacity) capacity: PanelCapacity,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PanelMember> {
    const round = await requireRound(ctx, roundId);
    const [person, panel] = await Promise.all([ctx.loaders.person.load(personId), recruitmentRequest(ctx).loaders.panelByRound.load(roundId)]);
    const alreadySeated = panel.some((seat) => seat.personId === personId && seat.stage === stage && seat.capacity === capacity);
    const problems = [
      ...missingReferences([['Personen', 'personId', personId, person]]),
      ...panelMemberProblems({ stage, capacity }, { state: round.state, personRoles: person?.roles, alreadySeated }),
    ];
    if (problems.length > 0) throw badUserInput(problems);
    const member = Object.assign(new PanelMember(), { id: randomUUID(), roundId, personId, stage, capacity });
    await ctx.dataSource.getRepository(PanelMember).insert(member);
    return member;
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => PanelMember, { description: 'Tar bort en ledamot ur rekryteringsgruppen; under intervjuer och erbjudanden bara om varje steg ändå har HR, chefsledet och studierektor (REC-9).' })
  async removePanelMember(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<PanelMember> {
    const member = await ctx.dataSource.getRepository(PanelMember).findOneBy({ id });
    if (!member) throw badUserInput(missingReferences([['Ledamoten', 'id', id, member]]));
    const round = await requireRound(ctx, member.roundId);
    const remaining = (await recruitmentRequest(ctx).loaders.panelByRound.load(round.id)).filter((seat) => seat.id !== id);
    const problems = panelRemovalProblems(round.state, remaining);
    if (problems.length > 0) throw badUserInput(problems);
    await ctx.dataSource.getRepository(PanelMember).delete({ id });
    return member;
  }

  @FieldResolver(() => Person)
  person(@Root() member: PanelMember, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(member.personId);
  }
}
