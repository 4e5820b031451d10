import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { coversDate } from '@bt/domain';
import { PersonReference, personReference } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import { Placement } from '../placement/placement.entity';
import { placementLoaders } from '../placement/placement.loaders';
import { GoalProgress } from '../goal-progress/goal-progress.entity';
import { goalProgressLoaders } from '../goal-progress/goal-progress.loaders';
import { supervisionLoaders } from '../supervision/supervision.loaders';
import type { EducationContext } from '../education.context';

/** Education's fields on Trainee; the trainee itself was checked against the caller's scope on reference. */
@Resolver(() => Trainee)
export class TraineeEducationResolver {
  @FieldResolver(() => [Placement], { description: 'Placeringar i tidsordning.' })
  placements(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<Placement[]> {
    return placementLoaders(ctx).placementsByTrainee.load(trainee.id);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen som pågår i dag (startDate <= i dag <= endDate), annars tom.' })
  async currentPlacement(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<Placement | null> {
    const placements = await placementLoaders(ctx).placementsByTrainee.load(trainee.id);
    return placements.find((placement) => coversDate(placement, ctx.today)) ?? null;
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Huvudansvarig handledare (HHL).' })
  async mainSupervisor(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<PersonReference | null> {
    return personReference((await supervisionLoaders(ctx).mainSupervisionByTrainee.load(trainee.id))?.supervisorId);
  }

  @FieldResolver(() => [GoalProgress], { description: 'Kompetensprofil: nivå per delmål som satts hittills.' })
  goalProgress(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<GoalProgress[]> {
    return goalProgressLoaders(ctx).goalProgressByTrainee.load(trainee.id);
  }
}
