import { Box, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { timelineLayout, type TimelinePlacement } from './timeline-layout';
import { useToday } from '../data/use-today';

const KIND_COLOURS: Record<string, string> = {
  INTRODUCTION: '#90caf9',
  INTERNAL_MEDICINE: '#ce93d8',
  SURGERY: '#f48fb1',
  PSYCHIATRY: '#ffcc80',
  PRIMARY_CARE: '#80cbc4',
};

function formatDate(iso: string, locale: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(formattingLocale(locale), { timeZone: 'UTC', day: 'numeric', month: 'short' });
}

/** One bar per placement across the BT period, today (by the server's clock) marked. */
export function PlacementTimeline(_props: { label?: string }) {
  const record = useRecordContext<{ employmentStart: string; employmentEnd: string; placements?: TimelinePlacement[] }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = useToday();
  if (!record) return null;
  if (!record.placements?.length) return <Typography variant="body2">{translate('bt.trainee.no_placements')}</Typography>;
  const { bars, todayAt } = timelineLayout(record.employmentStart, record.employmentEnd, record.placements, today);
  return (
    <Box aria-label={translate('bt.trainee.timeline')} sx={{ position: 'relative', height: 76, bgcolor: '#f5f5f5', borderRadius: 1, minWidth: 600 }}>
      {bars.map((bar) => {
        const kind = translate(`placementKinds.${bar.kind}`, { _: bar.kind });
        const text = `${kind} · ${bar.unit?.name ?? ''} · ${formatDate(bar.startDate, locale)}–${formatDate(bar.endDate, locale)}`;
        return (
          <Tooltip key={bar.id} title={text}>
            <Box
              data-placement={bar.id}
              sx={{
                position: 'absolute',
                top: 8,
                bottom: 8,
                left: `${bar.left}%`,
                width: `calc(${bar.width}% - 2px)`,
                bgcolor: KIND_COLOURS[bar.kind] ?? '#b0bec5',
                borderRadius: 1,
                px: 0.5,
                overflow: 'hidden',
              }}
            >
              <Typography variant="caption" component="div" noWrap sx={{ fontWeight: 'bold' }}>
                {kind}
              </Typography>
              <Typography variant="caption" component="div" noWrap>
                {bar.unit?.name}
              </Typography>
              <Typography variant="caption" component="div" noWrap>
                {formatDate(bar.startDate, locale)}–{formatDate(bar.endDate, locale)}
              </Typography>
            </Box>
          </Tooltip>
        );
      })}
      {todayAt !== undefined && (
        <Box data-today sx={{ position: 'absolute', top: 0, bottom: 0, left: `${todayAt}%`, borderLeft: '2px solid #d32f2f' }}>
          <Typography variant="caption" sx={{ position: 'absolute', top: -18, left: -12, color: '#d32f2f', whiteSpace: 'nowrap' }}>
            {translate('bt.trainee.today')}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
