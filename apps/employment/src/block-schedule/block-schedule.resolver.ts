import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { MAX_GRID_MONTHS } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { BlockScheduleRow, UnitCapacity } from './block-schedule.type';
import { cohortBlockSchedule, unitCapacity } from './block-schedule.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => BlockScheduleRow)
export class BlockScheduleResolver {
  @Authorized(Permission.READ_TRAINEES)
  @Query(() => [BlockScheduleRow], {
    description:
      'EDU-5: kullens blockschema: en rad per BT-läkare som du får se (som BT-läkarlistan; en huvudhandledare sina egna), i namnordning, med planens läge och perioderna (placeringar och semester) ur läsmodellen av education.',
  })
  cohortBlockSchedule(@Arg('cohortId', () => ID) cohortId: string, @Ctx() ctx: EmploymentContext): Promise<BlockScheduleRow[]> {
    return cohortBlockSchedule(ctx, cohortId);
  }

  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [UnitCapacity], {
    description: `EDU-2: BT-läkare per enhet och kalendermånad från månaden för \`from\`, \`months\` (1–${MAX_GRID_MONTHS}, annars BAD_USER_INPUT MONTHS_OUT_OF_RANGE) månader; en huvudorts enheter eller, utan siteId, båda orternas.`,
  })
  unitCapacity(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('from', () => DateScalar) from: string,
    @Arg('months', () => Int) months: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<UnitCapacity[]> {
    return unitCapacity(ctx, siteId, from, months);
  }
}
