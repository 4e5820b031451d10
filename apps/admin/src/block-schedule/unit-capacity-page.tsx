import { useEffect, useState } from 'react';
import { Box, Card, CardContent, CardHeader, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Loading, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { startOfMonth } from '@bt/domain/month-grid';
import { useGraphQL } from '../data/use-graphql';
import { SiteSelect } from '../common/site-select';
import { useToday } from '../data/use-today';
import { MonthGridRow, MonthGridTable } from './month-grid-table';
import { UNIT_CAPACITY, type UnitCapacityRow } from './block-schedule-operations';

const MONTHS = 12;
const ALL_SITES = 'all';

/** A cell's shade: white without trainees, darker with more. */
function shade(trainees: number, most: number): string {
  return trainees === 0 ? 'transparent' : `rgba(25, 118, 210, ${0.15 + 0.55 * (trainees / Math.max(most, 1))})`;
}

/**
 * EDU-2: "Kapacitet per enhet": units × the next twelve months with how many trainees each unit has,
 * for one site or both, so that Växjö's and Ljungby's plans can be balanced. Scrolls sideways inside the table.
 */
export function UnitCapacityPage() {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const today = useToday();
  const { data: sites } = useGetList<{ id: string; name: string }>('sites', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const [siteId, setSiteId] = useState(ALL_SITES);
  const [typedFrom, setFrom] = useState<string>();
  const from = typedFrom ?? (today ? today.slice(0, 7) : undefined);
  const [rows, setRows] = useState<UnitCapacityRow[]>();
  useEffect(() => {
    if (!from) return;
    graphql<{ unitCapacity: UnitCapacityRow[] }>(UNIT_CAPACITY, {
      siteId: siteId === ALL_SITES ? null : siteId,
      from: startOfMonth(`${from}-01`),
      months: MONTHS,
    }).then(
      (data) => setRows(data.unitCapacity),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [siteId, from]);
  const most = Math.max(0, ...(rows ?? []).flatMap((row) => row.months.map((month) => month.trainees)));
  return (
    <Card sx={{ mt: 2, minWidth: 0 }}>
      <Title title="bt.capacity.title" />
      <CardHeader title={translate('bt.capacity.title')} subheader={translate('bt.capacity.explanation')} />
      <CardContent>
        <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }}>
          <SiteSelect
            label={translate('bt.capacity.site')}
            sites={sites}
            value={siteId}
            onChange={setSiteId}
            all={[ALL_SITES, translate('bt.capacity.all_sites')]}
            width={220}
          />
          <MuiTextField
            size="small"
            type="month"
            label={translate('bt.capacity.from')}
            value={from ?? ''}
            onChange={(event) => event.target.value && setFrom(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 220 }}
          />
        </Stack>
        {!rows ? (
          <Loading />
        ) : (
          <MonthGridTable name="data-capacity" heading={translate('bt.capacity.unit')} headingWidth={220} months={(rows[0]?.months ?? []).map((m) => m.month)}>
            {rows.map((row) => (
              <MonthGridRow
                key={row.unit.id}
                data={{ 'data-unit': row.unit.id }}
                head={
                  <>
                    <Typography variant="body2" noWrap>
                      {row.unit.name}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {row.unit.site.name}
                    </Typography>
                  </>
                }
              >
                {row.months.map((month) => (
                  <Box
                    component="td"
                    key={month.month}
                    data-month={month.month}
                    sx={{ textAlign: 'center', borderLeft: 1, borderColor: 'divider', bgcolor: shade(month.trainees, most), p: 0.5 }}
                  >
                    <Typography variant="body2">{month.trainees}</Typography>
                  </Box>
                ))}
              </MonthGridRow>
            ))}
          </MonthGridTable>
        )}
      </CardContent>
    </Card>
  );
}
