import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, FormControlLabel, Radio, RadioGroup, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { flushSync } from 'react-dom';
import { useParams } from 'react-router-dom';
import { Link, Loading, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { useGraphQL } from '../data/use-graphql';
import { UnsavedChangesGuard } from '../common/unsaved-changes-guard';
import { stockholmTime } from '../common/iso-date';
import { ScoreAggregateView, type Aggregate } from '../applications/score-aggregate';
import {
  APPLICATION_SCORING,
  inInterviewOrder,
  ROUND_CANDIDATES,
  saveScoresRequest,
  SUBMIT_SCORES,
  type Candidate,
  type ScoreDraft,
} from './scoring-operations';

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
  round: { id: string; name: string; state: string; rubric: Criterion[] };
}

type Drafts = Record<string, { value?: number; comment: string }>;

const draftsOf = (application: ScoringApplication): Drafts =>
  Object.fromEntries(
    application.round.rubric.map((criterion) => {
      const score = application.myScores.find((s) => s.criterion.id === criterion.id);
      return [criterion.id, { value: score?.value, comment: score?.comment ?? '' }];
    }),
  );

const changed = (a: Drafts[string] | undefined, b: Drafts[string] | undefined) =>
  a?.value !== b?.value || (a?.comment ?? '').trim() !== (b?.comment ?? '').trim();

const isTyping = (target: EventTarget | null) => target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');

/**
 * Scoring one candidate against the round's rubric (REC-4): one form saved as a whole, leaving with
 * unsaved scores asks first; keyboard: a digit scores the current criterion and moves on, Enter saves;
 * why it cannot be submitted yet is said; the next candidate in interview order is one step away.
 */
export function ScoreForm() {
  const { applicationId } = useParams();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [application, setApplication] = useState<ScoringApplication>();
  const [saved, setSaved] = useState<Drafts>({});
  const [drafts, setDrafts] = useState<Drafts>({});
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [busy, setBusy] = useState(false);
  const criterionRefs = useRef<(HTMLDivElement | null)[]>([]);
  const saveRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLAnchorElement>(null);
  /** Where the keyboard goes once the page has settled: the first criterion, "submit" after a save, "next" after a submit. */
  const [focusTarget, setFocusTarget] = useState<'first' | 'submit' | 'next'>();

  const load = async () => {
    try {
      const data = await graphql<{ application: ScoringApplication }>(APPLICATION_SCORING, { id: applicationId });
      const fresh = draftsOf(data.application);
      setApplication(data.application);
      setSaved(fresh);
      return data.application;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  useEffect(() => {
    load().then((loaded) => {
      if (!loaded) return;
      setDrafts(draftsOf(loaded));
      graphql<{ applicationPage: { items: Candidate[] } }>(ROUND_CANDIDATES, { roundId: loaded.round.id }).then(
        (data) => setCandidates(inInterviewOrder(data.applicationPage.items)),
        () => setCandidates([]),
      );
      // the first criterion has the focus: the keyboard works at once
      setFocusTarget('first');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applicationId]);

  useEffect(() => {
    if (!focusTarget || busy || !application) return;
    if (focusTarget === 'first') focusCriterion(0);
    else (focusTarget === 'submit' ? submitRef : nextRef).current?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, busy, application]);

  const rubric = [...(application?.round.rubric ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const locked = !!application?.myScoresSubmitted;
  const dirty = !locked && rubric.some((criterion) => changed(drafts[criterion.id], saved[criterion.id]));
  const missing = rubric.filter((criterion) => saved[criterion.id]?.value === undefined);
  const position = candidates.findIndex((candidate) => candidate.id === applicationId);
  const next = position >= 0 ? candidates[position + 1] : undefined;

  function focusCriterion(index: number) {
    const group = criterionRefs.current[index];
    (group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLInputElement>('input[type="radio"]'))?.focus();
  }
  const setDraft = (criterionId: string, patch: Partial<Drafts[string]>) =>
    setDrafts((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...patch } }));

  const save = async () => {
    if (!application || !dirty || busy) return;
    const changes: ScoreDraft[] = rubric
      .filter((criterion) => changed(drafts[criterion.id], saved[criterion.id]) && drafts[criterion.id]?.value !== undefined)
      .map((criterion) => ({ criterionId: criterion.id, value: drafts[criterion.id].value!, comment: drafts[criterion.id].comment.trim() || null }));
    if (changes.length === 0) return;
    setBusy(true);
    try {
      const { document, variables } = saveScoresRequest(application.id, changes);
      await graphql(document, variables);
      notify('recruitment.scores_saved', { type: 'success', messageArgs: { name: application.name } });
      const fresh = await load();
      if (fresh && fresh.round.rubric.length === fresh.myScores.length) setFocusTarget('submit');
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (!application) return;
    setBusy(true);
    try {
      await graphql(SUBMIT_SCORES, { applicationId: application.id });
      notify('recruitment.scores_submitted', { type: 'success', messageArgs: { name: application.name } });
      await load();
      setFocusTarget('next');
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (locked || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && !(event.target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      save();
      return;
    }
    if (isTyping(event.target) || !/^\d$/.test(event.key)) return;
    const index = Math.max(
      0,
      criterionRefs.current.findIndex((group) => group?.contains(event.target as Node)),
    );
    const criterion = rubric[index];
    const value = Number(event.key);
    if (!criterion || value < criterion.scaleMin || value > criterion.scaleMax) return;
    event.preventDefault();
    // rendered at once, so that the next key already lands on the next criterion (or the enabled save button)
    flushSync(() => setDraft(criterion.id, { value }));
    if (index + 1 < rubric.length) focusCriterion(index + 1);
    else saveRef.current?.focus();
  };

  if (!application) return <Loading />;
  const reasons = [
    dirty && translate('recruitment.submit_blocked_unsaved'),
    missing.length > 0 && translate('recruitment.submit_blocked_missing', { criteria: missing.map((criterion) => criterion.name).join(', ') }),
    application.round.state !== 'INTERVIEWS' && translate('recruitment.submit_blocked_state', { state: translate(`roundStates.${application.round.state}`) }),
  ].filter((reason): reason is string => !!reason);
  const number = (value: number) => value.toLocaleString(formattingLocale(locale));
  const interview = candidates[position]?.interview;
  return (
    <Card sx={{ mt: 2 }} onKeyDown={onKeyDown}>
      <Title title="recruitment.scoring" />
      <UnsavedChangesGuard dirty={dirty} message={translate('recruitment.unsaved_scores', { name: application.name })} />
      <CardHeader
        title={application.name}
        slotProps={{ title: { component: 'h2' } }}
        subheader={
          <>
            <Link to="/scoring">{application.round.name}</Link>
            {interview && ` · ${translate('resources.applications.fields.interview')} ${stockholmTime(interview.startsAt)}`}
            {position >= 0 && ` · ${translate('recruitment.candidate_of', { position: position + 1, total: candidates.length })}`}
          </>
        }
      />
      <CardContent>
        <Stack spacing={3}>
          {!locked && <Typography variant="body2">{translate('recruitment.keyboard_help')}</Typography>}
          {rubric.map((criterion, index) => {
            const scale = Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_, i) => criterion.scaleMin + i);
            const draft = drafts[criterion.id];
            return (
              <Stack
                key={criterion.id}
                spacing={1}
                data-criterion={criterion.name}
                ref={(element: HTMLDivElement | null) => void (criterionRefs.current[index] = element)}
              >
                <Typography variant="subtitle1" id={`criterion-${criterion.id}`}>
                  <span lang="sv">{criterion.name}</span>
                  {` (${translate('recruitment.weight').toLowerCase()} ${number(criterion.weight)})`}
                </Typography>
                <RadioGroup
                  row
                  value={draft?.value ?? ''}
                  onChange={(e) => setDraft(criterion.id, { value: Number(e.target.value) })}
                  aria-labelledby={`criterion-${criterion.id}`}
                >
                  {scale.map((point) => (
                    <FormControlLabel key={point} value={point} control={<Radio />} label={String(point)} disabled={locked} />
                  ))}
                </RadioGroup>
                <MuiTextField
                  size="small"
                  label={translate('recruitment.comment')}
                  value={draft?.comment ?? ''}
                  onChange={(e) => setDraft(criterion.id, { comment: e.target.value })}
                  disabled={locked}
                  sx={{ maxWidth: 480 }}
                />
              </Stack>
            );
          })}
          {locked ? (
            <Alert severity="success">{translate('recruitment.submitted_notice')}</Alert>
          ) : (
            <Stack spacing={1}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button ref={saveRef} variant="contained" disabled={!dirty || busy} onClick={save}>
                  {translate('recruitment.save_scores')}
                </Button>
                <Button ref={submitRef} variant="outlined" disabled={reasons.length > 0 || busy} onClick={submit}>
                  {translate('recruitment.submit_scores')}
                </Button>
              </Stack>
              {reasons.length > 0 && (
                <Alert severity="info" data-submit-blocked>
                  {reasons.join(' ')}
                </Alert>
              )}
            </Stack>
          )}
          {next && (
            <Button ref={nextRef} component={Link} to={`/scoring/${next.id}`} sx={{ alignSelf: 'flex-start' }}>
              {translate('recruitment.next_candidate', { name: next.name })}
            </Button>
          )}
          {application.aggregate && <ScoreAggregateView aggregate={application.aggregate} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
