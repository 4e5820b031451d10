import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { useTranslate } from 'react-admin';
import type { ExtraHoursFlag } from './working-time-operations';
import { useWorkingTimeFormat } from './working-time-format';

const ROW_HEIGHT = 34;

/** ABS-6: the flagged trainees' extra hours in the quarter and so far in the year, one bar pair per trainee, with the 60 h alert marked. */
export function ExtraHoursChart({ flags }: { flags: ExtraHoursFlag[] }) {
  const translate = useTranslate();
  const { hours: h } = useWorkingTimeFormat();
  const dataset = flags.map((flag) => ({ name: flag.trainee.name, quarter: flag.quarterHours, year: flag.yearHours }));
  return (
    <Box sx={{ contain: 'inline-size' }} data-extra-hours-chart>
      <Typography variant="subtitle2">{translate('extraHours.chart_title')}</Typography>
      <BarChart
        dataset={dataset}
        layout="horizontal"
        height={90 + ROW_HEIGHT * flags.length}
        margin={{ left: 8, right: 24 }}
        yAxis={[{ scaleType: 'band', dataKey: 'name', width: 150 }]}
        xAxis={[{ label: translate('workingTime.hours'), valueFormatter: (value: number) => h(value) }]}
        series={[
          { dataKey: 'quarter', label: translate('extraHours.chart_quarter'), valueFormatter: (value) => (value === null ? '' : h(value)) },
          { dataKey: 'year', label: translate('extraHours.chart_year'), valueFormatter: (value) => (value === null ? '' : h(value)) },
        ]}
      >
        <ChartsReferenceLine x={60} lineStyle={{ stroke: '#ed6c02', strokeDasharray: '4 4', strokeWidth: 2 }} />
      </BarChart>
    </Box>
  );
}
