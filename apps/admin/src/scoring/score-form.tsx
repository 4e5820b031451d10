import { useEffect, useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, FormControlLabel, Radio, RadioGroup, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { Link, Loading, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { useGraphQL } from '../data/use-graphql';
import { ScoreAggregateView, type Aggregate } from '../applications/score-aggregate';
import { APPLICATION_SCORING, SAVE_SCORE, SUBMIT_SCORES } from './scoring-operations';

interface Criterion {
  id: string;
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  sortOrder: number;
}

interface ScoringApplication {
  id: string;
  name: string;
  myScoresSubmitted: boolean;
  myScores: { value: number; comment: string | null; criterion: { id: string } }[];
  aggregate: Aggregate | null;
  round: { id: string; name: string; rubric: Criterion[] };
}

function CriterionScore({
  applicationId,
  criterion,
  initial,
  locked,
  onSaved,
}: {
  applicationId: string;
  criterion: Criterion;
  initial?: { value: number; comment: string | null };
  /** REC-4: submitted scores are locked until the Director reopens them. */
  locked: boolean;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const [locale] = useLocaleState();
  const [value, setValue] = useState<number | undefined>(initial?.value);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const save = async () => {
    try {
      await graphql(SAVE_SCORE, { applicationId, criterionId: criterion.id, value, comment: comment || null });
      notify('recruitment.score_saved', { type: 'success' });
      onSaved();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const scale = Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_, i) => criterion.scaleMin + i);
  return (
    <Stack spacing={1} data-criterion={criterion.name}>
      <Typography variant="subtitle1">{`${criterion.name} (${translate('recruitment.weight').toLowerCase()} ${criterion.weight.toLocaleString(formattingLocale(locale))})`}</Typography>
      <RadioGroup row value={value ?? ''} onChange={(e) => setValue(Number(e.target.value))} aria-label={criterion.name}>
        {scale.map((point) => (
          <FormControlLabel key={point} value={point} control={<Radio />} label={String(point)} disabled={locked} />
        ))}
      </RadioGroup>
      <Stack direction="row" spacing={1}>
        <MuiTextField
          size="small"
          label={translate('recruitment.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          disabled={locked}
          sx={{ minWidth: 360 }}
        />
        <Button disabled={locked || value === undefined} onClick={save}>
          {translate('ra.action.save')}
        </Button>
      </Stack>
    </Stack>
  );
}

/** Scoring one candidate against the round's rubric; locked once submitted; the aggregate appears when REC-4 allows it (the graph decides). */
export function ScoreForm() {
  const { applicationId } = useParams();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const [application, setApplication] = useState<ScoringApplication>();
  const load = () =>
    graphql<{ application: ScoringApplication }>(APPLICATION_SCORING, { id: applicationId }).then(
      (data) => setApplication(data.application),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applicationId]);
  if (!application) return <Loading />;
  const submit = async () => {
    try {
      await graphql(SUBMIT_SCORES, { applicationId: application.id });
      await load();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  const scored = new Set(application.myScores.map((score) => score.criterion.id));
  const complete = application.round.rubric.every((criterion) => scored.has(criterion.id));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="recruitment.scoring" />
      <CardHeader title={application.name} subheader={<Link to="/scoring">{application.round.name}</Link>} />
      <CardContent>
        <Stack spacing={3}>
          {[...application.round.rubric]
            .sort((a, b) => a.sortOrder - b.sortOrder)
            .map((criterion) => (
              <CriterionScore
                key={criterion.id}
                applicationId={application.id}
                criterion={criterion}
                initial={application.myScores.find((score) => score.criterion.id === criterion.id)}
                locked={application.myScoresSubmitted}
                onSaved={load}
              />
            ))}
          {application.myScoresSubmitted ? (
            <Alert severity="success">{translate('recruitment.submitted_notice')}</Alert>
          ) : (
            <Button variant="contained" disabled={!complete} onClick={submit} sx={{ alignSelf: 'flex-start' }}>
              {translate('recruitment.submit_scores')}
            </Button>
          )}
          {application.aggregate && <ScoreAggregateView aggregate={application.aggregate} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
