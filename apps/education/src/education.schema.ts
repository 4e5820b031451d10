import './education.enums';
import { buildFederatedSchema } from '@bt/subgraph';
import { GoalResolver } from './goal/goal.resolver';
import { GoalFrameworkResolver } from './goal-framework/goal-framework.resolver';
import { SupervisionResolver } from './supervision/supervision.resolver';
import { TraineeEducationResolver } from './trainee/trainee.resolver';
import { EducationTraineeIdsResolver } from './trainee/education-trainee-ids.resolver';
import { PlacementResolver } from './placement/placement.resolver';
import { GoalProgressResolver } from './goal-progress/goal-progress.resolver';
import { Trainee } from './trainee/trainee.type';
import { Placement } from './placement/placement.entity';
import { resolveGoalReference } from './goal/goal.reference';
import { resolveTraineeReference } from './trainee/trainee.reference';
import { resolvePlacementReference } from './placement/placement.reference';

export function buildEducationSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        GoalResolver,
        GoalFrameworkResolver,
        SupervisionResolver,
        TraineeEducationResolver,
        EducationTraineeIdsResolver,
        PlacementResolver,
        GoalProgressResolver,
      ],
      // entities reached only through _entities, never from Query
      orphanedTypes: [Trainee, Placement],
    },
    {
      Goal: { __resolveReference: resolveGoalReference },
      Trainee: { __resolveReference: resolveTraineeReference },
      Placement: { __resolveReference: resolvePlacementReference },
    },
  );
}
