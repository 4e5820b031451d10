import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { Loading, useCreatePath, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { KIND_COLOURS, UNKNOWN_KIND_COLOUR } from '../common/placement-kind-colours';
import { blockGrid } from './block-grid-layout';
import { MonthGridRow, MonthGridTable } from './month-grid-table';
import { COHORT_BLOCK_SCHEDULE, type BlockPeriod, type BlockScheduleRow } from './block-schedule-operations';
import { useIsoDateText } from '../common/iso-date-field';

const LEGEND = ['INTRODUCTION', 'INTERNAL_MEDICINE', 'SURGERY', 'PSYCHIATRY', 'PRIMARY_CARE', 'VACATION'];
const PLAN_COLOURS = { NONE: 'default', DRAFT: 'warning', CONFIRMED: 'success' } as const;

/**
 * EDU-5, ABS-4: the cohort's block schedule: trainees × months, each month coloured by the placements
 * (and vacation) in it, the plan's status per row, a click on a name opens the trainee. The grid
 * scrolls sideways inside itself, never the page.
 */
export function BlockScheduleGrid(_props: { label?: string }) {
  const record = useRecordContext<{ id: string }>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const date = useIsoDateText();
  const notify = useNotify();
  const createPath = useCreatePath();
  const [rows, setRows] = useState<BlockScheduleRow[]>();
  const cohortId = record?.id;
  useEffect(() => {
    if (!cohortId) return;
    graphql<{ cohortBlockSchedule: BlockScheduleRow[] }>(COHORT_BLOCK_SCHEDULE, { cohortId }).then(
      (data) => setRows(data.cohortBlockSchedule),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cohortId]);
  if (!rows) return <Loading />;
  if (rows.length === 0) return <Typography variant="body2">{translate('bt.block_schedule.empty')}</Typography>;
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
    </Box>
  );
}
