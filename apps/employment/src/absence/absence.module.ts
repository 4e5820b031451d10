import type { SubgraphModule } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { PlacementAbsenceJudgement } from './placement-absence-judgement.entity';
import { RehabilitationDecision } from './rehabilitation-decision.entity';
import { RehabilitationPlan } from './rehabilitation-plan.entity';
import { AbsenceResolver } from './absence.resolver';
import { AbsenceMutationResolver } from './absence-mutation.resolver';
import { TraineeAbsenceResolver } from './trainee-absence.resolver';
import { PlacementAbsenceJudgementResolver, RehabilitationDecisionResolver, RehabilitationPlanResolver } from './sick-leave-follow-up.resolver';
import { Absence1769100000100 } from './migrations/1769100000100-absence';
import { SickLeaveFlag1769100000200 } from './migrations/1769100000200-sick-leave-flag';
import { SickLeaveFlag } from './sick-leave-flag.entity';
import { sickLeaveFlagCheckJob } from './sick-leave-flag-check.job';

/**
 * Absence (ABS-1…ABS-12): applications and decisions (ABS-3, ABS-8, ABS-9, ABS-12), the service ledger per
 * trainee and placement (ABS-1, ABS-2), and sick leave as health data with its follow-up (ABS-10, ABS-11).
 */
export const absenceModule: SubgraphModule = {
  resolvers: [
    AbsenceResolver,
    AbsenceMutationResolver,
    TraineeAbsenceResolver,
    RehabilitationPlanResolver,
    RehabilitationDecisionResolver,
    PlacementAbsenceJudgementResolver,
  ],
  entities: [Absence, PlacementAbsenceJudgement, RehabilitationDecision, RehabilitationPlan, SickLeaveFlag],
  migrations: [Absence1769100000100, SickLeaveFlag1769100000200],
  jobs: [sickLeaveFlagCheckJob],
};
