import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';

export interface Aggregate {
  weightedMean: number | null;
  spread: number | null;
  scoreCount: number;
  perCriterion: { mean: number | null; count: number; criterion: { id: string; name: string } }[];
}

/** The panel's aggregate for one application (one decimal), with a bar per criterion (shown when REC-4 allows: the graph returns it or not). */
export function ScoreAggregateView({ aggregate, scaleMax = 5 }: { aggregate: Aggregate; scaleMax?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = (value: number | null) =>
    value == null ? '–' : value.toLocaleString(formattingLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <Stack spacing={1} data-aggregate>
      <Typography>
        {`${translate('recruitment.weighted_mean')}: ${number(aggregate.weightedMean)} · ${translate('recruitment.spread')}: ${number(aggregate.spread)} · ${translate('recruitment.score_count')}: ${aggregate.scoreCount}`}
      </Typography>
      {aggregate.perCriterion.map((entry) => (
        <Stack key={entry.criterion.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography sx={{ width: 160 }} variant="body2" lang="sv">
            {entry.criterion.name}
          </Typography>
          <Box sx={{ flex: 1, maxWidth: 320, height: 14, bgcolor: '#eeeeee', borderRadius: 1 }}>
            <Box sx={{ width: `${((entry.mean ?? 0) / scaleMax) * 100}%`, height: '100%', bgcolor: '#1976d2', borderRadius: 1 }} />
          </Box>
          <Typography variant="body2">{number(entry.mean)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}

export function ApplicationAggregate() {
  const application = useRecordContext<{ aggregate: Aggregate | null }>();
  const translate = useTranslate();
  if (!application?.aggregate) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.aggregate')}</Typography>
      <ScoreAggregateView aggregate={application.aggregate} />
    </Stack>
  );
}
