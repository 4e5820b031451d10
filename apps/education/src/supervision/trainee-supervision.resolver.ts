import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personReference } from '@bt/subgraph';
import { MainSupervisionView } from './supervision.type';
import { supervisionLoaders } from './supervision.loaders';
import { Trainee } from '../trainee/trainee.type';
import type { EducationContext } from '../education.context';

/** Trainee.mainSupervision: the HHL with the day from which and the version a change names (ORG-2). */
@Resolver(() => Trainee)
export class TraineeSupervisionResolver {
  @FieldResolver(() => MainSupervisionView, { nullable: true, description: 'Huvudansvarig handledare med datum och version; tomt om BT-läkaren saknar en.' })
  async mainSupervision(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<MainSupervisionView | null> {
    const supervision = await supervisionLoaders(ctx).mainSupervisionByTrainee.load(trainee.id);
    return supervision ? { supervisor: personReference(supervision.supervisorId)!, fromDate: supervision.fromDate, version: supervision.version } : null;
  }
}
