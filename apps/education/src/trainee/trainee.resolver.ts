import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Trainee } from './trainee.type';
import { Placement } from '../placement/placement.entity';
import { GoalProgress } from '../goal-progress/goal-progress.entity';
import { coversDate } from '@bt/domain';
import { PersonReference, personReference } from '@bt/subgraph';
import type { EducationContext } from '../education.context';

/** Education's fields on Trainee; the trainee itself was checked against the caller's scope on reference. */
@Resolver(() => Trainee)
export class TraineeEducationResolver {
  @FieldResolver(() => [Placement], { description: 'Placeringar i tidsordning.' })
  placements(@Root() trainee: Trainee, @Ctx() { loaders }: EducationContext): Promise<Placement[]> {
    return loaders.placementsByTrainee.load(trainee.id);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen som pågår i dag (startDate <= i dag <= endDate), annars tom.' })
  async currentPlacement(@Root() trainee: Trainee, @Ctx() { loaders, today }: EducationContext): Promise<Placement | null> {
    const placements = await loaders.placementsByTrainee.load(trainee.id);
    return placements.find((placement) => coversDate(placement, today)) ?? null;
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Huvudansvarig handledare (HHL).' })
  async mainSupervisor(@Root() trainee: Trainee, @Ctx() { loaders }: EducationContext): Promise<PersonReference | null> {
    return personReference((await loaders.mainSupervisionByTrainee.load(trainee.id))?.supervisorId);
  }

  @FieldResolver(() => [GoalProgress], { description: 'Kompetensprofil: nivå per delmål som satts hittills.' })
  goalProgress(@Root() trainee: Trainee, @Ctx() { loaders }: EducationContext): Promise<GoalProgress[]> {
    return loaders.goalProgressByTrainee.load(trainee.id);
  }
}
