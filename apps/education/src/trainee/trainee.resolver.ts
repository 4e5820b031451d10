import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
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

  /** EDU-10: part of the portfolio; refused on this field alone (nullable), so that HR's list of the same trainees still answers. */
  @Authorized(Permission.READ_PORTFOLIO)
  @FieldResolver(() => [GoalProgress], {
    nullable: true,
    description:
      'Kompetensprofil: nivå per delmål som satts hittills, med anteckningar. Ingår i portföljen: BT-läkaren, handledarna, AT/BT-cheferna och studierektorerna ser den, inte HR eller administrativt stöd (då nekas just detta fält).',
  })
  goalProgress(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<GoalProgress[]> {
    return goalProgressLoaders(ctx).goalProgressByTrainee.load(trainee.id);
  }
}
