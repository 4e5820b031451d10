import { Box, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import type { TimelineMonth } from './timeline-layout';

/** The scale of months above a timeline's bars (timelineLayout's `months`), each named when there is room. */
export function TimelineMonthScale({ months }: { months: readonly TimelineMonth[] }) {
  const [locale] = useLocaleState();
  return (
    <Box aria-hidden sx={{ position: 'relative', height: 20 }}>
      {months.map((month) => (
        <Typography
          key={month.month}
          variant="caption"
          noWrap
          sx={{
            position: 'absolute',
            left: `${month.left}%`,
            width: `${month.width}%`,
            borderLeft: '1px solid #bdbdbd',
            pl: 0.25,
            color: 'text.secondary',
          }}
        >
          {month.width > 3 ? new Date(`${month.month}T00:00:00Z`).toLocaleDateString(formattingLocale(locale), { timeZone: 'UTC', month: 'short' }) : ''}
        </Typography>
      ))}
    </Box>
  );
}
