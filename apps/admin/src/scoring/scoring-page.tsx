import { useEffect, useState } from 'react';
import { Card, CardContent, CardHeader, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { MY_SCORING_ROUNDS, ROUND_CANDIDATES, roundsToScore, type ScoringRound } from './scoring-operations';

interface Candidate {
  id: string;
  name: string;
  myScoresSubmitted: boolean;
  interview: { startsAt: string } | null;
  preferredSite: { name: string };
}

function RoundCandidates({ round }: { round: ScoringRound }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const [candidates, setCandidates] = useState<Candidate[]>();
  useEffect(() => {
    graphql<{ applicationPage: { items: Candidate[] } }>(ROUND_CANDIDATES, { roundId: round.id }).then((data) => setCandidates(data.applicationPage.items));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round.id]);
  if (!candidates) return <Loading />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.applications.fields.name')}</TableCell>
          <TableCell>{translate('resources.applications.fields.preferredSite')}</TableCell>
          <TableCell>{translate('resources.applications.fields.interview')}</TableCell>
          <TableCell>{translate('resources.applications.fields.state')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {candidates.map((candidate) => (
          <TableRow key={candidate.id} data-candidate={candidate.id}>
            <TableCell>
              <Link to={`/scoring/${candidate.id}`}>{candidate.name}</Link>
            </TableCell>
            <TableCell>{candidate.preferredSite.name}</TableCell>
            <TableCell>
              {candidate.interview ? new Date(candidate.interview.startsAt).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 16) : '–'}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={candidate.myScoresSubmitted ? 'success' : 'default'}
                label={translate(candidate.myScoresSubmitted ? 'recruitment.submitted' : 'recruitment.not_submitted')}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The panel member's own scoring screen: only the rounds and candidates they interview. */
export function ScoringPage() {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [rounds, setRounds] = useState<ScoringRound[]>();
  useEffect(() => {
    if (!identity) return;
    graphql<{ recruitmentRoundPage: { items: ScoringRound[] } }>(MY_SCORING_ROUNDS).then(
      (data) => setRounds(roundsToScore(data.recruitmentRoundPage.items, String(identity.id))),
      () => setRounds([]),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity?.id]);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="recruitment.scoring" />
      <Typography>{translate('recruitment.scoring_intro')}</Typography>
      {!rounds && <Loading />}
      {rounds?.length === 0 && <Typography>{translate('recruitment.no_scoring')}</Typography>}
      {rounds?.map((round) => (
        <Card key={round.id}>
          <CardHeader title={round.name} />
          <CardContent>
            <RoundCandidates round={round} />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
