import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { PanelCapacity, RecruitmentStage } from '@bt/domain';
import { PanelMember } from './panel-member.entity';
import { addPanelMember, removePanelMember } from './panel.service';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => PanelMember)
export class PanelMemberResolver {
  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => PanelMember, {
    description:
      'Sätter en person i rekryteringsgruppen för ett steg (REC-9): HR-samordnare för HR, AT/BT-chef, biträdande chef eller verksamhetschef för chefsledet, BT-studierektor för studierektorerna.',
  })
  addPanelMember(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('stage', () => RecruitmentStage) stage: RecruitmentStage,
    @Arg('capacity', () => PanelCapacity) capacity: PanelCapacity,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PanelMember> {
    return addPanelMember(ctx.dataSource, ctx, roundId, { personId, stage, capacity });
  }

  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => PanelMember, {
    description:
      'Tar bort en ledamot ur rekryteringsgruppen; under intervjuer och erbjudanden bara om varje steg ändå har HR, chefsledet och studierektor (REC-9).',
  })
  removePanelMember(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<PanelMember> {
    return removePanelMember(ctx.dataSource, ctx, id);
  }

  @FieldResolver(() => Person)
  person(@Root() member: PanelMember, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(member.personId);
  }
}
