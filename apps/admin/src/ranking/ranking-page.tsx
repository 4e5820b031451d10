import { Fragment, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useParams } from 'react-router-dom';
import { Link, Loading, Title, useGetOne, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { formattingLocale } from '../i18n/i18n-provider';
import { stockholmTime } from '../common/iso-date';
import { PlacesFilled } from '../recruitment-rounds/places-filled';
import { rankingBySite, type RankedRow } from './ranking-sections';
import { TopOffersAction } from './top-offers-action';
import { NoticeText } from '../common/notice-text';
import type { Notice } from '../data/graphql-error';
import { NOTICE_FIELDS } from '../data/resources';
import { hasPermission, type Permissions } from '../permissions';

const RANKING = `query ($roundId: ID!) { ranking(roundId: $roundId) {
  tieBreakNotice { ${NOTICE_FIELDS} }
  items { rank weightedMean site { id name }
    application { id name offer { state site { name } } aggregate { scoreCount perCriterion { mean criterion { id name } } } } } } }`;

/** Interviewees nobody has submitted a scoring for yet (REC-4): not in the ranking until someone has. */
const UNSCORED_INTERVIEWEES = `query ($roundId: ID!) { applicationPage(perPage: 500, filter: { roundId: $roundId, state: INVITED }) {
  items { id name interview { startsAt } preferredSite { name } } } }`;

interface RankedApplication extends RankedRow {
  application: RankedRow['application'] & {
    aggregate: { scoreCount: number; perCriterion: { mean: number | null; criterion: { id: string; name: string } }[] } | null;
  };
}

interface Round {
  id: string;
  name: string;
  state: string;
  positions: { count: number; site: { id: string; name: string } }[];
}

const BAR_COLOURS = ['#1976d2', '#9c27b0', '#2e7d32', '#ed6c02', '#0288d1', '#d32f2f'];

/**
 * A round's ranking as a decision tool: per site, cut after the site's positions, the reserve list below
 * the line, each applicant's offer and number of scorers, the mean per criterion as labelled bars; the
 * places filled per site and the interviewees nobody has scored yet.
 */
export function RankingPage() {
  const { id } = useParams();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: round } = useGetOne<Round>('recruitmentRounds', { id: id! });
  const [siteId, setSiteId] = useState('');
  const [ranking, setRanking] = useState<{ tieBreakNotice: Notice; items: RankedApplication[] }>();
  /** Read again after offers are made from the page. */
  const [reads, setReads] = useState(0);
  const { permissions } = usePermissions<Permissions>();
  /** Why the graph would not show the ranking (e.g. before the interviews are over): said on the page, never an endless spinner. */
  const [refusal, setRefusal] = useState<string>();
  const [unscored, setUnscored] = useState<{ id: string; name: string; interview: { startsAt: string } | null; preferredSite: { name: string } }[]>();
  useEffect(() => {
    graphql<{ ranking: { tieBreakNotice: Notice; items: RankedApplication[] } }>(RANKING, { roundId: id }).then(
      (data) => setRanking(data.ranking),
      (error: Error) => setRefusal(error.message),
    );
    graphql<{ applicationPage: { items: NonNullable<typeof unscored> } }>(UNSCORED_INTERVIEWEES, { roundId: id }).then(
      (data) => setUnscored(data.applicationPage.items),
      () => setUnscored([]),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, reads]);
  if (refusal) {
    return (
      <Alert severity="info" sx={{ mt: 2 }} data-ranking-refused>
        <Title title="recruitment.ranking" />
        {refusal}
      </Alert>
    );
  }
  if (!ranking || !round) return <Loading />;
  const criteria = ranking.items[0]?.application.aggregate?.perCriterion.map((entry) => entry.criterion) ?? [];
  const oneDecimal = (value: number | null | undefined) =>
    value == null ? '–' : value.toLocaleString(formattingLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const sections = rankingBySite(ranking.items, round.positions).filter((section) => !siteId || section.site.id === siteId);
  const columns = 7;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="recruitment.ranking" />
      <CardHeader
        title={translate('recruitment.ranking_of', { round: round.name })}
        subheader={
          <>
            {translate('recruitment.tie_break', { rule: '' })}
            <NoticeText notice={ranking.tieBreakNotice} data={['criterion']} />
          </>
        }
        slotProps={{ title: { component: 'h2' } }}
      />
      <CardContent>
        <Stack spacing={2}>
          <PlacesFilled round={round} version={reads} />
          {round.state === 'OFFERS' && hasPermission(permissions, 'MAKE_OFFER') && (
            <TopOffersAction roundId={round.id} sections={rankingBySite(ranking.items, round.positions)} onDone={() => setReads((n) => n + 1)} />
          )}
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <MuiTextField
              select
              size="small"
              value={siteId}
              onChange={(e) => setSiteId(e.target.value)}
              label={translate('resources.cohorts.fields.site')}
              sx={{ minWidth: 200, width: 'auto' }}
            >
              <MenuItem value="">{translate('recruitment.all_sites')}</MenuItem>
              {round.positions.map(({ site }) => (
                <MenuItem key={site.id} value={site.id}>
                  {site.name}
                </MenuItem>
              ))}
            </MuiTextField>
            {criteria.map((criterion, index) => (
              <Stack key={criterion.id} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                <Box sx={{ width: 12, height: 12, bgcolor: BAR_COLOURS[index % BAR_COLOURS.length] }} />
                <Typography variant="caption" lang="sv">
                  {criterion.name}
                </Typography>
              </Stack>
            ))}
          </Stack>
          <TableContainer>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('recruitment.rank')}</TableCell>
                  <TableCell>{translate('resources.applications.fields.name')}</TableCell>
                  <TableCell>{translate('recruitment.weighted_mean')}</TableCell>
                  <TableCell>{translate('recruitment.scorers')}</TableCell>
                  <TableCell>{translate('resources.applications.fields.offer')}</TableCell>
                  <TableCell>{translate('recruitment.reserve_list')}</TableCell>
                  <TableCell>{translate('recruitment.per_criterion')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sections.map((section) => (
                  <Fragment key={section.site.id}>
                    <TableRow data-site-section={section.site.name}>
                      <TableCell colSpan={columns} sx={{ bgcolor: 'action.hover' }}>
                        <Typography variant="subtitle2">
                          {translate('recruitment.site_positions', { site: section.site.name, smart_count: section.positions })}
                        </Typography>
                      </TableCell>
                    </TableRow>
                    {section.rows.length === 0 && (
                      <TableRow>
                        <TableCell colSpan={columns}>{translate('recruitment.nobody_ranked')}</TableCell>
                      </TableRow>
                    )}
                    {section.rows.map((item, index) => (
                      <Fragment key={item.application.id}>
                        {index === section.positions && (
                          <TableRow data-cut-line={section.site.name}>
                            <TableCell colSpan={columns} sx={{ borderTop: '3px dashed', borderColor: 'warning.main', py: 0.5 }}>
                              <Typography variant="caption" color="warning.main">
                                {translate('recruitment.cut_line', { site: section.site.name, smart_count: section.positions })}
                              </Typography>
                            </TableCell>
                          </TableRow>
                        )}
                        <TableRow data-rank={item.rank} data-application={item.application.id}>
                          <TableCell>{item.siteRank}</TableCell>
                          <TableCell>
                            <Link to={`/applications/${item.application.id}/show`}>{item.application.name}</Link>
                          </TableCell>
                          <TableCell>{oneDecimal(item.weightedMean)}</TableCell>
                          <TableCell>{item.application.aggregate?.scoreCount ?? '–'}</TableCell>
                          <TableCell>
                            {item.application.offer
                              ? `${translate(`offerStates.${item.application.offer.state}`)} (${item.application.offer.site.name})`
                              : translate('recruitment.no_offer')}
                          </TableCell>
                          <TableCell>
                            {item.reserve && <Chip size="small" label={translate('recruitment.reserve_number', { number: item.reserve })} />}
                          </TableCell>
                          <TableCell>
                            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-end', height: 56 }}>
                              {(item.application.aggregate?.perCriterion ?? []).map((entry, bar) => (
                                <Stack key={entry.criterion.id} spacing={0} sx={{ alignItems: 'center', justifyContent: 'flex-end', height: '100%' }}>
                                  <Typography variant="caption" sx={{ lineHeight: 1.2 }}>
                                    {oneDecimal(entry.mean)}
                                  </Typography>
                                  <Box
                                    title={`${entry.criterion.name}: ${oneDecimal(entry.mean)}`}
                                    sx={{ width: 24, height: `${((entry.mean ?? 0) / 5) * 36}px`, bgcolor: BAR_COLOURS[bar % BAR_COLOURS.length] }}
                                  />
                                </Stack>
                              ))}
                            </Stack>
                          </TableCell>
                        </TableRow>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {unscored && (
            <Stack spacing={1} data-unscored>
              <Typography variant="subtitle1">{translate('recruitment.unscored_interviewees', { smart_count: unscored.length })}</Typography>
              {unscored.length === 0 ? (
                <Typography>{translate('recruitment.all_interviewees_scored')}</Typography>
              ) : (
                unscored.map((application) => (
                  <Typography key={application.id}>
                    <Link to={`/applications/${application.id}/show`}>{application.name}</Link>
                    {` · ${application.preferredSite.name}${application.interview ? ` · ${stockholmTime(application.interview.startsAt)}` : ''}`}
                  </Typography>
                ))
              )}
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
