import { useState } from 'react';
import { MenuItem, Stack, TextField } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useToday } from '../data/use-today';
import { hasPermission, type Permissions } from '../permissions';
import { ExtraHoursSection } from './extra-hours-section';
import { CompensationSection } from './compensation-section';

/** The years of an employment, first to last; the current year when the dates are not known. */
function employmentYears(start: string | undefined, end: string | undefined, today: string): number[] {
  const first = Number((start ?? today).slice(0, 4));
  const last = Number((end ?? today).slice(0, 4));
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, index) => first + index);
}

/** The trainee page's "Arbetstid" (READ_WORKING_TIME): extra hours of a year (ABS-6), flexitime (ABS-7) and on-call compensation (ABS-5). */
export function WorkingTimeTab() {
  const trainee = useRecordContext<{ id: string; employmentStart?: string; employmentEnd?: string }>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const today = useToday();
  const [chosenYear, setYear] = useState<number>();
  if (!trainee || !today) return null;
  const years = employmentYears(trainee.employmentStart, trainee.employmentEnd, today);
  const thisYear = Number(today.slice(0, 4));
  const year = chosenYear ?? Math.min(Math.max(thisYear, years[0]), years[years.length - 1]);
  const mayRecord = hasPermission(permissions, 'RECORD_WORKING_TIME');
  const lastMonth = (() => {
    const [y, m] = today.split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  })();
  return (
    <Stack spacing={2} data-working-time>
      <TextField
        select
        size="small"
        label={translate('workingTime.year')}
        value={year}
        onChange={(event) => setYear(Number(event.target.value))}
        sx={{ width: 120 }}
      >
        {years.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
      <ExtraHoursSection key={year} traineeId={trainee.id} year={year} mayRecord={mayRecord} defaultMonth={year === thisYear ? lastMonth : `${year}-01`} />
      <CompensationSection traineeId={trainee.id} mayRecord={mayRecord} />
    </Stack>
  );
}
