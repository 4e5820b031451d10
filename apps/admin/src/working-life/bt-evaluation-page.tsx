import { useEffect, useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, FormControlLabel, Radio, RadioGroup, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useStockholmTimeText } from '../common/iso-date-field';
import { EVALUATION_QUESTIONS, MY_BT_EVALUATION, SAVE_BT_EVALUATION, type BtEvaluation, type EvaluationQuestion } from './working-life-operations';

type Answers = Record<EvaluationQuestion, number | null>;
const SCORES = [1, 2, 3, 4, 5];

/** EMP-6: the trainee's own evaluation of BT: six questions 1–5 and free text, saved as a draft or submitted (asked first; locked after). */
export function BtEvaluationPage() {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const timeText = useStockholmTimeText();
  const [evaluation, setEvaluation] = useState<BtEvaluation | null>();
  const [answers, setAnswers] = useState<Answers>(Object.fromEntries(EVALUATION_QUESTIONS.map((question) => [question, null])) as Answers);
  const [freeText, setFreeText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const load = () =>
    graphql<{ myBtEvaluation: BtEvaluation | null }>(MY_BT_EVALUATION).then(
      (data) => {
        setEvaluation(data.myBtEvaluation);
        if (data.myBtEvaluation) {
          setAnswers(Object.fromEntries(EVALUATION_QUESTIONS.map((question) => [question, data.myBtEvaluation![question]])) as Answers);
          setFreeText(data.myBtEvaluation.freeText ?? '');
        }
      },
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (evaluation === undefined) return <Loading />;
  const locked = !!evaluation?.submittedAt;
  const save = (submit: boolean) =>
    run(SAVE_BT_EVALUATION, { input: { ...answers, freeText: freeText || null }, submit }, () => {
      setConfirming(false);
      notify(submit ? 'workingLife.evaluation_sent' : 'workingLife.evaluation_saved', { type: 'success' });
      load();
    });
  const complete = EVALUATION_QUESTIONS.every((question) => answers[question] !== null);
  return (
    <Card sx={{ mt: 2, maxWidth: 900 }} data-bt-evaluation={locked ? 'submitted' : evaluation ? 'draft' : 'new'}>
      <Title title="workingLife.evaluation" />
      <CardHeader title={translate('workingLife.evaluation')} subheader={translate('workingLife.evaluation_intro')} />
      <CardContent>
        <Stack spacing={2}>
          {locked && <Alert severity="info">{translate('workingLife.evaluation_locked', { time: timeText(evaluation!.submittedAt!) })}</Alert>}
          {!locked && evaluation && (
            <Typography variant="body2">{translate('workingLife.evaluation_draft_saved', { time: timeText(evaluation.updatedAt) })}</Typography>
          )}
          {EVALUATION_QUESTIONS.map((question) => (
            <Stack key={question} spacing={0.5}>
              <Typography id={`question-${question}`}>{translate(`workingLife.question.${question}`)}</Typography>
              <RadioGroup
                row
                aria-labelledby={`question-${question}`}
                value={answers[question] === null ? '' : String(answers[question])}
                onChange={(e) => setAnswers({ ...answers, [question]: Number(e.target.value) })}
              >
                {SCORES.map((score) => (
                  <FormControlLabel key={score} value={String(score)} disabled={locked} control={<Radio size="small" />} label={String(score)} />
                ))}
              </RadioGroup>
              {fieldError(question).helperText && (
                <Typography color="error" variant="body2">
                  {fieldError(question).helperText}
                </Typography>
              )}
            </Stack>
          ))}
          <Typography variant="body2" color="text.secondary">
            {translate('workingLife.scale')}
          </Typography>
          <MuiTextField
            multiline
            minRows={4}
            label={translate('workingLife.free_text')}
            value={freeText}
            onChange={(e) => setFreeText(e.target.value)}
            slotProps={{ input: { readOnly: locked } }}
            {...fieldError('freeText')}
          />
          {refusal && !confirming && <Alert severity="error">{refusal}</Alert>}
          {!locked && (
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" disabled={busy} onClick={() => save(false)}>
                {translate('workingLife.save_draft')}
              </Button>
              <Button variant="contained" disabled={busy || !complete} onClick={() => setConfirming(true)}>
                {translate('workingLife.submit')}
              </Button>
            </Stack>
          )}
        </Stack>
      </CardContent>
      <ConsequenceDialog
        open={confirming}
        title={translate('workingLife.submit_title')}
        consequences={[translate('workingLife.submit_consequence')]}
        confirmLabel={translate('workingLife.submit')}
        confirmDisabled={busy}
        onConfirm={() => save(true)}
        onClose={() => setConfirming(false)}
        error={refusal}
      />
    </Card>
  );
}
