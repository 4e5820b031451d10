import type { SubgraphModule } from '@bt/subgraph';
import { ExtraHoursMonth } from './extra-hours-month.entity';
import { ExtraHoursFlag } from './extra-hours-flag.entity';
import { ExtraHoursPlan } from './extra-hours-plan.entity';
import { ExtraHoursReconciliation } from './extra-hours-reconciliation.entity';
import { FlexBalance } from './flex-balance.entity';
import { OnCallHours } from './on-call-hours.entity';
import { OnCallSplitSetting } from './on-call-split.entity';
import { ExtraHoursFlagResolver, ExtraHoursPlanResolver, ExtraHoursReconciliationResolver, ExtraHoursResolver } from './extra-hours.resolver';
import { CompensationResolver, OnCallPayoutResolver, PlacementCompensationResolver } from './compensation.resolver';
import { extraHoursCheckJob } from './extra-hours-check.job';
import { WorkingTime1769200000000 } from './migrations/1769200000000-working-time';

/** Issue 12, ABS-5, ABS-6, ABS-7: extra hours with the quarterly check, flexitime and on-call compensation. */
export const workingTimeModule: SubgraphModule = {
  resolvers: [
    ExtraHoursResolver,
    ExtraHoursFlagResolver,
    ExtraHoursPlanResolver,
    ExtraHoursReconciliationResolver,
    CompensationResolver,
    PlacementCompensationResolver,
    OnCallPayoutResolver,
  ],
  entities: [ExtraHoursMonth, ExtraHoursFlag, ExtraHoursPlan, ExtraHoursReconciliation, FlexBalance, OnCallHours, OnCallSplitSetting],
  migrations: [WorkingTime1769200000000],
  jobs: [extraHoursCheckJob],
};
