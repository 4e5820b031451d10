import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { BLOCK_SCHEDULE_MAX_PER_PAGE, BLOCK_SCHEDULE_PER_PAGE, MAX_GRID_MONTHS } from '@bt/domain';
import { DateScalar, type Page } from '@bt/subgraph';
import { BlockSchedulePage, BlockScheduleRow, UnitCapacity } from './block-schedule.type';
import { cohortBlockSchedule, unitCapacity } from './block-schedule.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => BlockScheduleRow)
export class BlockScheduleResolver {
  @Authorized(Permission.READ_TRAINEES)
  @Query(() => BlockSchedulePage, {
    description: `EDU-5: en sida av kullens blockschema: en rad per BT-läkare som du får se (som BT-läkarlistan; en huvudhandledare sina egna), i namnordning, med planens läge och perioderna (placeringar och semester) ur läsmodellen av education. \`page\` från 1, \`perPage\` 1–${BLOCK_SCHEDULE_MAX_PER_PAGE} (annars BAD_USER_INPUT PAGE_OUT_OF_RANGE, PAGE_SIZE_OUT_OF_RANGE).`,
  })
  cohortBlockSchedule(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Sida, från 1.' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: BLOCK_SCHEDULE_PER_PAGE, description: `BT-läkare per sida, 1–${BLOCK_SCHEDULE_MAX_PER_PAGE}.` }) perPage: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Page<BlockScheduleRow>> {
    return cohortBlockSchedule(ctx, cohortId, { page, perPage });
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
