import { Box, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { timelineLayout } from '../trainees/timeline-layout';
import { TimelineMonthScale } from '../trainees/timeline-month-scale';
import { useToday } from '../data/use-today';
import type { Absence, AbsenceStatus } from './absence-operations';
import { useAbsenceText } from './use-absence-text';

/** Bars by status: approved solid, applied lighter and outlined, refused and withdrawn faint. */
const STATUS_COLOURS: Record<AbsenceStatus, { background: string; border: string }> = {
  APPROVED: { background: '#2e7d32', border: '#1b5e20' },
  APPLIED: { background: '#ffe082', border: '#f57f17' },
  REFUSED: { background: '#ef9a9a', border: '#c62828' },
  WITHDRAWN: { background: '#e0e0e0', border: '#9e9e9e' },
};

const ROW_HEIGHT = 22;

/**
 * The absence calendar: the BT period (employment start to end) under a scale of months with today
 * marked, one bar per absence coloured by status, each in its own row where absences would overlap.
 * The layout is the placement timeline's (timelineLayout).
 */
export function AbsenceTimeline({ absences, employmentStart, employmentEnd }: { absences: Absence[]; employmentStart: string; employmentEnd: string }) {
  const translate = useTranslate();
  const today = useToday();
  const text = useAbsenceText();
  const periods = absences.map((absence) => ({ id: absence.id, kind: absence.status, startDate: absence.startDate, endDate: absence.endDate }));
  const { bars, todayAt, months } = timelineLayout(employmentStart, employmentEnd, periods, today);
  // a bar goes to the first row whose last bar ended before it starts
  const rowEnds: string[] = [];
  const rows = absences.map((absence) => {
    const row = rowEnds.findIndex((end) => end < absence.startDate);
    const at = row === -1 ? rowEnds.length : row;
    rowEnds[at] = absence.endDate;
    return at;
  });
  const height = Math.max(1, rowEnds.length) * (ROW_HEIGHT + 4) + 12;
  return (
    <Box sx={{ overflowX: 'auto', pt: 1 }}>
      <Box aria-label={translate('absence.calendar')} data-absence-calendar sx={{ position: 'relative', minWidth: 560 }}>
        <TimelineMonthScale months={months} />
        <Box sx={{ position: 'relative', height, bgcolor: '#f5f5f5', borderRadius: 1 }}>
          {bars.map((bar, index) => {
            const absence = absences[index];
            const colours = STATUS_COLOURS[absence.status];
            const title = `${text.kind(absence)} · ${text.dates(absence.startDate, absence.endDate)} · ${translate(`absenceStatuses.${absence.status}`)}`;
            return (
              <Tooltip key={bar.id} title={title}>
                <Box
                  data-absence-bar={absence.id}
                  data-status={absence.status}
                  aria-label={title}
                  sx={{
                    position: 'absolute',
                    top: 6 + rows[index] * (ROW_HEIGHT + 4),
                    height: ROW_HEIGHT,
                    left: `${bar.left}%`,
                    width: `max(4px, calc(${bar.width}% - 1px))`,
                    bgcolor: colours.background,
                    border: `1px solid ${colours.border}`,
                    opacity: absence.status === 'WITHDRAWN' || absence.status === 'REFUSED' ? 0.6 : 1,
                    borderRadius: 0.5,
                  }}
                />
              </Tooltip>
            );
          })}
          {todayAt !== undefined && (
            <Box data-today sx={{ position: 'absolute', top: 0, bottom: 0, left: `${todayAt}%`, borderLeft: '2px solid #d32f2f', pointerEvents: 'none' }} />
          )}
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
          {(Object.keys(STATUS_COLOURS) as AbsenceStatus[]).map((status) => (
            <Box key={status} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box sx={{ width: 14, height: 10, bgcolor: STATUS_COLOURS[status].background, border: `1px solid ${STATUS_COLOURS[status].border}` }} />
              <Typography variant="caption">{translate(`absenceStatuses.${status}`)}</Typography>
            </Box>
          ))}
          {todayAt !== undefined && (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box sx={{ width: 2, height: 12, bgcolor: '#d32f2f' }} />
              <Typography variant="caption">{translate('bt.trainee.today')}</Typography>
            </Box>
          )}
        </Box>
      </Box>
    </Box>
  );
}
