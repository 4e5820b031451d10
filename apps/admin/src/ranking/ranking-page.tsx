import { useEffect, useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useParams } from 'react-router-dom';
import { Link, Loading, Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { formattingLocale } from '../i18n/i18n-provider';

const RANKING = `query ($roundId: ID!, $siteId: ID) { ranking(roundId: $roundId, siteId: $siteId) {
  tieBreak
  items { rank weightedMean site { id name }
    application { id name aggregate { perCriterion { mean criterion { id name } } } } } } }`;

interface RankedApplication {
  rank: number;
  weightedMean: number;
  site: { id: string; name: string };
  application: { id: string; name: string; aggregate: { perCriterion: { mean: number | null; criterion: { id: string; name: string } }[] } | null };
}

const BAR_COLOURS = ['#1976d2', '#9c27b0', '#2e7d32', '#ed6c02', '#0288d1', '#d32f2f'];

/** A round's ranking with the stated tie-break and a bar chart of each candidate's mean per criterion. */
export function RankingPage() {
  const { id } = useParams();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { data: sites } = useGetList<{ id: string; name: string }>('sites');
  const [siteId, setSiteId] = useState('');
  const [ranking, setRanking] = useState<{ tieBreak: string; items: RankedApplication[] }>();
  useEffect(() => {
    graphql<{ ranking: { tieBreak: string; items: RankedApplication[] } }>(RANKING, { roundId: id, siteId: siteId || null }).then(
      (data) => setRanking(data.ranking),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, siteId]);
  if (!ranking) return <Loading />;
  const criteria = ranking.items[0]?.application.aggregate?.perCriterion.map((entry) => entry.criterion) ?? [];
  const number = (value: number | null | undefined) => (value == null ? '–' : value.toLocaleString(formattingLocale(locale), { maximumFractionDigits: 2 }));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="recruitment.ranking" />
      <CardHeader title={translate('recruitment.ranking')} subheader={translate('recruitment.tie_break', { rule: ranking.tieBreak })} />
      <CardContent>
        <MuiTextField
          select
          size="small"
          value={siteId}
          onChange={(e) => setSiteId(e.target.value)}
          label={translate('resources.cohorts.fields.site')}
          sx={{ minWidth: 200, mb: 2 }}
        >
          <MenuItem value="">{translate('recruitment.all_states')}</MenuItem>
          {(sites ?? []).map((site) => (
            <MenuItem key={site.id} value={site.id}>
              {site.name}
            </MenuItem>
          ))}
        </MuiTextField>
        <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
          {criteria.map((criterion, index) => (
            <Stack key={criterion.id} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Box sx={{ width: 12, height: 12, bgcolor: BAR_COLOURS[index % BAR_COLOURS.length] }} />
              <Typography variant="caption">{criterion.name}</Typography>
            </Stack>
          ))}
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('recruitment.rank')}</TableCell>
              <TableCell>{translate('resources.applications.fields.name')}</TableCell>
              <TableCell>{translate('resources.cohorts.fields.site')}</TableCell>
              <TableCell>{translate('recruitment.weighted_mean')}</TableCell>
              <TableCell>{translate('recruitment.per_criterion')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ranking.items.map((item) => (
              <TableRow key={item.application.id} data-rank={item.rank}>
                <TableCell>{item.rank}</TableCell>
                <TableCell>
                  <Link to={`/applications/${item.application.id}/show`}>{item.application.name}</Link>
                </TableCell>
                <TableCell>{item.site.name}</TableCell>
                <TableCell>{number(item.weightedMean)}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-end', height: 40 }}>
                    {(item.application.aggregate?.perCriterion ?? []).map((entry, index) => (
                      <Box
                        key={entry.criterion.id}
                        title={`${entry.criterion.name}: ${number(entry.mean)}`}
                        sx={{ width: 14, height: `${((entry.mean ?? 0) / 5) * 100}%`, bgcolor: BAR_COLOURS[index % BAR_COLOURS.length] }}
                      />
                    ))}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
