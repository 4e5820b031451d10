import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import {
  ListPaginationContext,
  Loading,
  Pagination,
  useCreatePath,
  useNotify,
  useRecordContext,
  useTranslate,
  type ListPaginationContextValue,
} from 'react-admin';
import { BLOCK_SCHEDULE_MAX_PER_PAGE, BLOCK_SCHEDULE_PER_PAGE } from '@bt/domain/paging';
import { useGraphQL } from '../data/use-graphql';
import { KIND_COLOURS, UNKNOWN_KIND_COLOUR } from '../common/placement-kind-colours';
import { blockGrid } from './block-grid-layout';
import { MonthGridRow, MonthGridTable } from './month-grid-table';
import { COHORT_BLOCK_SCHEDULE, type BlockPeriod, type BlockSchedulePage } from './block-schedule-operations';
import { useIsoDateText } from '../common/iso-date-field';

const LEGEND = ['INTRODUCTION', 'INTERNAL_MEDICINE', 'SURGERY', 'PSYCHIATRY', 'PRIMARY_CARE', 'VACATION'];
const PLAN_COLOURS = { NONE: 'default', DRAFT: 'warning', CONFIRMED: 'success' } as const;
const ROWS_PER_PAGE = [25, BLOCK_SCHEDULE_PER_PAGE, 100, BLOCK_SCHEDULE_MAX_PER_PAGE];

/**
 * Which page of the block schedule is asked for, as react-admin's list pagination reads it (`total`
 * from the page shown, none before the first has come): the first page again when the rows per page change.
 */
function usePaging(total: number | undefined) {
  const [{ page, perPage }, setPaging] = useState({ page: 1, perPage: BLOCK_SCHEDULE_PER_PAGE });
  const context = useMemo<ListPaginationContextValue>(
    () => ({
      page,
      perPage,
      total,
      setPage: (next: number) => setPaging((current) => ({ ...current, page: next })),
      setPerPage: (next: number) => setPaging({ page: 1, perPage: next }),
      isLoading: total == null,
      isPending: total == null,
      hasPreviousPage: page > 1,
      hasNextPage: total != null && page * perPage < total,
      resource: 'trainees',
    }),
    [page, perPage, total],
  );
  return { page, perPage, context };
}

/**
 * EDU-5, ABS-4: the cohort's block schedule, a page at a time (never the whole cohort): trainees ×
 * months, each month coloured by the placements (and vacation) in it, the plan's status per row, a
 * click on a name opens the trainee. The grid scrolls sideways inside itself, never the page.
 */
export function BlockScheduleGrid(_props: { label?: string }) {
  const record = useRecordContext<{ id: string }>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const date = useIsoDateText();
  const notify = useNotify();
  const createPath = useCreatePath();
  const [shown, setShown] = useState<BlockSchedulePage>();
  const cohortId = record?.id;
  const { page, perPage, context } = usePaging(shown?.total);
  useEffect(() => {
    if (!cohortId) return;
    let current = true;
    graphql<{ cohortBlockSchedule: BlockSchedulePage }>(COHORT_BLOCK_SCHEDULE, { cohortId, page, perPage }).then(
      (data) => current && setShown(data.cohortBlockSchedule),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cohortId, page, perPage]);
  if (!shown) return <Loading />;
  const rows = shown.items;
  if (shown.total === 0) return <Typography variant="body2">{translate('bt.block_schedule.empty')}</Typography>;
  const { months, cells } = blockGrid(rows);
  const kindText = (kind: string | null) => (kind ? translate(`bt.block_schedule.kinds.${kind}`) : translate('bt.block_schedule.unknown_kind'));
  const describe = (period: BlockPeriod) =>
    [kindText(period.kind), period.unit?.name, `${date(period.startDate)}–${date(period.endDate)}`].filter(Boolean).join(' · ');
  return (
    <Box>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }} aria-label={translate('bt.block_schedule.legend')}>
        {LEGEND.map((kind) => (
          <Stack key={kind} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: KIND_COLOURS[kind] }} />
            <Typography variant="caption">{kindText(kind)}</Typography>
          </Stack>
        ))}
      </Stack>
      <MonthGridTable name="data-block-schedule" heading={translate('resources.trainees.fields.name')} headingWidth={190} months={months.map((m) => m.start)}>
        {rows.map((row, rowIndex) => (
          <MonthGridRow
            key={row.trainee.id}
            data={{ 'data-trainee': row.trainee.id }}
            head={
              <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
                <Typography
                  component={Link}
                  to={createPath({ resource: 'trainees', id: row.trainee.id, type: 'show' })}
                  variant="body2"
                  noWrap
                  sx={{ maxWidth: 180, color: 'primary.main' }}
                >
                  {row.trainee.name}
                </Typography>
                <Chip size="small" color={PLAN_COLOURS[row.planStatus]} label={translate(`bt.block_schedule.plan.${row.planStatus}`)} />
              </Stack>
            }
          >
            {cells[rowIndex].map((segments, monthIndex) => (
              <Box component="td" key={months[monthIndex].start} sx={{ p: 0, height: 40, borderLeft: 1, borderColor: 'divider' }}>
                <Box sx={{ position: 'relative', height: '100%' }}>
                  {segments.map(({ period, offset, share }) => (
                    <Tooltip key={`${period.placementId ?? 'vacation'}-${period.startDate}`} title={describe(period)}>
                      <Box
                        data-kind={period.kind ?? 'UNKNOWN'}
                        sx={{
                          position: 'absolute',
                          top: 0,
                          bottom: 0,
                          left: `${offset * 100}%`,
                          width: `${share * 100}%`,
                          bgcolor: period.kind ? (KIND_COLOURS[period.kind] ?? UNKNOWN_KIND_COLOUR) : UNKNOWN_KIND_COLOUR,
                          backgroundImage:
                            period.kind === 'VACATION' ? 'repeating-linear-gradient(45deg, transparent 0 4px, rgba(0,0,0,0.12) 4px 6px)' : undefined,
                        }}
                      />
                    </Tooltip>
                  ))}
                </Box>
              </Box>
            ))}
          </MonthGridRow>
        ))}
      </MonthGridTable>
      <Box data-block-schedule-pages>
        <ListPaginationContext.Provider value={context}>
          <Pagination rowsPerPageOptions={ROWS_PER_PAGE} />
        </ListPaginationContext.Provider>
      </Box>
    </Box>
  );
}
