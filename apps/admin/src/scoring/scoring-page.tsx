import { useEffect, useState } from 'react';
import { Card, CardContent, CardHeader, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { stockholmTime } from '../common/iso-date';
import { inInterviewOrder, MY_SCORING_ROUNDS, ROUND_CANDIDATES, roundsToScore, type Candidate, type ScoringRound } from './scoring-operations';

/** Where my own scoring of a candidate stands: submitted, begun (n of the rubric's criteria saved) or not begun. */
function MyScoringChip({ candidate, criteria }: { candidate: Candidate; criteria: number }) {
  const translate = useTranslate();
  if (candidate.myScoresSubmitted) return <Chip size="small" color="success" label={translate('recruitment.submitted')} />;
  if (candidate.myScores.length === 0) return <Chip size="small" label={translate('recruitment.not_scored')} />;
  return <Chip size="small" color="warning" label={translate('recruitment.scored_not_submitted', { scored: candidate.myScores.length, total: criteria })} />;
}

function RoundCandidates({ round }: { round: ScoringRound }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const [candidates, setCandidates] = useState<Candidate[]>();
  useEffect(() => {
    graphql<{ applicationPage: { items: Candidate[] } }>(ROUND_CANDIDATES, { roundId: round.id }).then((data) =>
      setCandidates(inInterviewOrder(data.applicationPage.items)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round.id]);
  if (!candidates) return <Loading />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.applications.fields.interview')}</TableCell>
          <TableCell>{translate('resources.applications.fields.name')}</TableCell>
          <TableCell>{translate('resources.applications.fields.preferredSite')}</TableCell>
          <TableCell>{translate('recruitment.my_scoring')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {candidates.map((candidate) => (
          <TableRow key={candidate.id} data-candidate={candidate.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {candidate.interview ? stockholmTime(candidate.interview.startsAt) : translate('recruitment.no_interview')}
            </TableCell>
            <TableCell>
              <Link to={`/scoring/${candidate.id}`}>{candidate.name}</Link>
            </TableCell>
            <TableCell>{candidate.preferredSite.name}</TableCell>
            <TableCell>
              <MyScoringChip candidate={candidate} criteria={round.rubric.length} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The panel member's own scoring screen: only the rounds and candidates they interview, in interview order, with how far I have come with each. */
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
