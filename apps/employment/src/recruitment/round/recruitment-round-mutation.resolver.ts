import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { In } from 'typeorm';
import {
  ApplicationState,
  DEFAULT_POSITIONS,
  IN_THE_RUNNING,
  DEFAULT_RUBRIC,
  missingReferences,
  type Problem,
  RecruitmentRoundState,
  recruitmentRoundProblems,
  roundEditProblems,
  roundStartDate,
  roundTransitionProblems,
  rubricEditProblems,
  rubricProblems,
  type RoundPositionDraft,
  type RubricCriterionDraft,
} from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { RecruitmentRound } from './recruitment-round.entity';
import { RoundPosition } from './round-position.entity';
import { RubricCriterion } from './rubric-criterion.entity';
import { RecruitmentRoundInput } from './recruitment-round.input';
import { Application } from '../application/application.entity';
import { RubricCriterionInput } from './rubric-criterion.input';
import { roundTransitionFacts } from './round-facts';
import { recruitmentRequest, requireRound } from '../recruitment-request';
import { Site } from '../../site/site.entity';
import type { EmploymentContext } from '../../employment.context';

/** REC-2: Växjö 4 + Ljungby 2, at the sites that exist. */
async function defaultPositions(ctx: EmploymentContext): Promise<RoundPositionDraft[]> {
  const sites = await ctx.dataSource.getRepository(Site).find();
  return DEFAULT_POSITIONS.flatMap(({ site, count }) => sites.filter((s) => s.code === site).map((s) => ({ siteId: s.id, count })));
}

async function roundInputProblems(ctx: EmploymentContext, input: RecruitmentRoundInput, positions: RoundPositionDraft[]): Promise<(Problem | string)[]> {
  const sites = await Promise.all(positions.map((position) => ctx.loaders.site.load(position.siteId)));
  return [
    ...missingReferences(positions.map((position, index) => ['Huvudorten', 'positions.siteId', position.siteId, sites[index]])),
    ...recruitmentRoundProblems({ ...input, positions }),
  ];
}

/** The stored columns for an input that has passed its checks. */
function roundColumns(input: RecruitmentRoundInput) {
  return {
    name: input.name.trim(),
    advertDate: input.advertDate,
    applicationDeadline: input.applicationDeadline,
    interviewDays: [...input.interviewDays].sort(),
    startDate: roundStartDate(input.advertDate),
  };
}

function positionRows(roundId: string, positions: RoundPositionDraft[]): RoundPosition[] {
  return positions.map(({ siteId, count }) => Object.assign(new RoundPosition(), { roundId, siteId, count }));
}

function rubricRows(roundId: string, criteria: RubricCriterionDraft[]): RubricCriterion[] {
  return criteria.map((criterion, index) =>
    Object.assign(new RubricCriterion(), {
      id: randomUUID(),
      roundId,
      name: criterion.name.trim(),
      weight: criterion.weight,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      sortOrder: index + 1,
    }),
  );
}

@Resolver(() => RecruitmentRound)
export class RecruitmentRoundMutationResolver {
  @Authorized(Role.DIRECTOR)
  @Mutation(() => RecruitmentRound, {
    description:
      'Lägger upp en rekryteringsomgång som utkast: BT-starten räknas fram (REC-1), platser Växjö 4 + Ljungby 2 om inget annat anges (REC-2) och standardmallen för bedömning (REC-4).',
  })
  async createRecruitmentRound(@Arg('input', () => RecruitmentRoundInput) input: RecruitmentRoundInput, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRound> {
    const positions = input.positions ?? (await defaultPositions(ctx));
    const problems = await roundInputProblems(ctx, input, positions);
    if (problems.length > 0) throw badUserInput(problems);
    const round = Object.assign(new RecruitmentRound(), { id: randomUUID(), state: RecruitmentRoundState.DRAFT, ...roundColumns(input) });
    await ctx.dataSource.transaction(async (manager) => {
      await manager.insert(RecruitmentRound, round);
      await manager.insert(RoundPosition, positionRows(round.id, positions));
      await manager.insert(RubricCriterion, rubricRows(round.id, DEFAULT_RUBRIC));
    });
    return round;
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => RecruitmentRound, { description: 'Ändrar en omgång som är utkast eller öppen för ansökan.' })
  async updateRecruitmentRound(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecruitmentRoundInput) input: RecruitmentRoundInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RecruitmentRound> {
    const round = await requireRound(ctx, id, 'id');
    const positions = input.positions ?? (await recruitmentRequest(ctx).loaders.positionsByRound.load(id));
    const problems = [...roundEditProblems(round.state), ...(await roundInputProblems(ctx, input, positions))];
    if (problems.length > 0) throw badUserInput(problems);
    const columns = roundColumns(input);
    await ctx.dataSource.transaction(async (manager) => {
      await manager.update(RecruitmentRound, { id }, columns);
      if (input.positions) {
        await manager.delete(RoundPosition, { roundId: id });
        await manager.insert(RoundPosition, positionRows(id, input.positions));
      }
    });
    return Object.assign(new RecruitmentRound(), { ...round, ...columns });
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => RecruitmentRound, {
    description:
      'Flyttar omgången ett steg framåt. Nekas med skälen, t.ex. REC-9: intervjuer och erbjudanden kräver att varje steg har HR, chefsledet och studierektor. Vid avslut blir behöriga ansökningar utan erbjudande NOT_SELECTED.',
  })
  async moveRecruitmentRound(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RecruitmentRoundState) to: RecruitmentRoundState,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RecruitmentRound> {
    const round = await requireRound(ctx, id, 'id');
    const problems = roundTransitionProblems(round.state, to, await roundTransitionFacts(ctx, round));
    if (problems.length > 0) throw badUserInput(problems);
    await ctx.dataSource.transaction(async (manager) => {
      const moved = await manager.update(RecruitmentRound, { id, state: round.state }, { state: to });
      if (moved.affected !== 1) throw badUserInput(['Omgången ändrades samtidigt av någon annan; läs in den igen och försök på nytt.']);
      if (to === RecruitmentRoundState.CLOSED) {
        await manager.update(Application, { roundId: id, state: In([...IN_THE_RUNNING]) }, { state: ApplicationState.NOT_SELECTED });
      }
    });
    return Object.assign(new RecruitmentRound(), { ...round, state: to });
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => [RubricCriterion], {
    description: 'Ersätter omgångens bedömningsmall (REC-4), fram till att omgången når intervjuer. Alla kriterier har samma skala; vikterna normeras.',
  })
  async setRubric(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('criteria', () => [RubricCriterionInput]) criteria: RubricCriterionInput[],
    @Ctx() ctx: EmploymentContext,
  ): Promise<RubricCriterion[]> {
    const round = await requireRound(ctx, roundId);
    const problems = [...rubricEditProblems(round.state), ...rubricProblems(criteria)];
    if (problems.length > 0) throw badUserInput(problems);
    const rows = rubricRows(roundId, criteria);
    await ctx.dataSource.transaction(async (manager) => {
      await manager.delete(RubricCriterion, { roundId });
      await manager.insert(RubricCriterion, rows);
    });
    return rows;
  }
}
