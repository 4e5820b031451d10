import { Box, ButtonBase, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { timelineLayout, type TimelinePlacement } from './timeline-layout';
import { useToday } from '../data/use-today';
import { KIND_COLOURS, UNKNOWN_KIND_COLOUR } from '../common/placement-kind-colours';
import { TimelineMonthScale } from './timeline-month-scale';

const VACATION = 'VACATION';
const VACATION_STRIPES = 'repeating-linear-gradient(45deg, #e0e0e0 0 6px, #f5f5f5 6px 12px)';

function formatDate(iso: string, locale: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(formattingLocale(locale), { timeZone: 'UTC', day: 'numeric', month: 'short' });
}

interface Period {
  id: string;
  startDate: string;
  endDate: string;
}

/**
 * One bar per placement across the BT period under a scale of months, planned vacation striped and
 * today (by the server's clock) marked. Without props it shows the trainee's placements; the training
 * plan passes its own, and `onSelect` makes each placement a button (keyboard-usable) that opens it.
 */
export function PlacementTimeline({
  placements,
  vacations = [],
  onSelect,
}: {
  label?: string;
  placements?: TimelinePlacement[];
  vacations?: Period[];
  onSelect?: (placementId: string) => void;
}) {
  const record = useRecordContext<{ employmentStart: string; employmentEnd: string; placements?: TimelinePlacement[] }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = useToday();
  if (!record) return null;
  const shown = placements ?? record.placements ?? [];
  if (!shown.length && !vacations.length) return <Typography variant="body2">{translate('bt.trainee.no_placements')}</Typography>;
  const periods = [...shown, ...vacations.map((vacation) => ({ ...vacation, kind: VACATION }))];
  const { bars, todayAt, months } = timelineLayout(record.employmentStart, record.employmentEnd, periods, today);
  return (
    <Box sx={{ overflowX: 'auto', pt: 1 }}>
      <Box aria-label={translate('bt.trainee.timeline')} sx={{ position: 'relative', minWidth: 560 }}>
        <TimelineMonthScale months={months} />
        <Box sx={{ position: 'relative', height: 76, bgcolor: '#f5f5f5', borderRadius: 1 }}>
          {bars.map((bar) => {
            const vacation = bar.kind === VACATION;
            const kind = vacation ? translate('plan.vacation') : translate(`placementKinds.${bar.kind}`, { _: bar.kind });
            const dates = `${formatDate(bar.startDate, locale)}–${formatDate(bar.endDate, locale)}`;
            const text = [kind, bar.unit?.name, dates].filter(Boolean).join(' · ');
            const selectable = onSelect && !vacation;
            return (
              <Tooltip key={bar.id} title={text}>
                <Box
                  component={selectable ? ButtonBase : 'div'}
                  data-placement={vacation ? undefined : bar.id}
                  data-vacation={vacation ? bar.id : undefined}
                  aria-label={selectable ? text : undefined}
                  onClick={selectable ? () => onSelect(bar.id) : undefined}
                  sx={{
                    position: 'absolute',
                    top: 8,
                    bottom: 8,
                    left: `${bar.left}%`,
                    width: `calc(${bar.width}% - 2px)`,
                    background: vacation ? VACATION_STRIPES : (KIND_COLOURS[bar.kind] ?? UNKNOWN_KIND_COLOUR),
                    borderRadius: 1,
                    px: 0.5,
                    overflow: 'hidden',
                    display: 'block',
                    textAlign: 'left',
                    '&:focus-visible': { outline: '3px solid #1565c0' },
                  }}
                >
                  <Typography variant="caption" component="div" noWrap sx={{ fontWeight: 'bold' }}>
                    {kind}
                  </Typography>
                  <Typography variant="caption" component="div" noWrap>
                    {bar.unit?.name}
                  </Typography>
                  <Typography variant="caption" component="div" noWrap>
                    {dates}
                  </Typography>
                </Box>
              </Tooltip>
            );
          })}
          {todayAt !== undefined && (
            <Box data-today sx={{ position: 'absolute', top: 0, bottom: 0, left: `${todayAt}%`, borderLeft: '2px solid #d32f2f', pointerEvents: 'none' }}>
              <Typography variant="caption" sx={{ position: 'absolute', bottom: -18, left: -12, color: '#d32f2f', whiteSpace: 'nowrap' }}>
                {translate('bt.trainee.today')}
              </Typography>
            </Box>
          )}
        </Box>
        <Box sx={{ height: 18 }} />
      </Box>
    </Box>
  );
}
