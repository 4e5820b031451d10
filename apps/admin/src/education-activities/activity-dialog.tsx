import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField as MuiTextField } from '@mui/material';
import { useGetList, useTranslate, type HttpError } from 'react-admin';
import { ACTIVITY_TEXT_MAX_LENGTH, ACTIVITY_TITLE_MAX_LENGTH, EducationActivityKind } from '@bt/domain/education-activity-rules';
import { useGraphQLAction } from '../data/use-graphql-action';
import { DialogError } from '../common/consequence-dialog';
import { PLAN_EDUCATION_ACTIVITY, UPDATE_EDUCATION_ACTIVITY, type EducationActivity, type SavedActivity } from './activity-operations';

interface Draft {
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  description: string;
  goalCodes: string[];
  /** Empty: the whole main site. */
  cohortId: string;
}

const draftOf = (activity: EducationActivity | undefined, date: string, cohortId: string): Draft =>
  activity
    ? {
        kind: activity.kind,
        title: activity.title,
        date: activity.date,
        startTime: activity.startTime,
        endTime: activity.endTime,
        location: activity.location ?? '',
        description: activity.description ?? '',
        goalCodes: activity.goals.map((goal) => goal.code),
        cohortId: activity.cohortId ?? '',
      }
    : {
        kind: EducationActivityKind.AT_BT_TEACHING,
        title: '',
        date,
        startTime: '13:00',
        endTime: '17:00',
        location: '',
        description: '',
        goalCodes: [],
        cohortId,
      };

/**
 * EDU-4, EDU-5, EDU-6: plans an activity for a main site (all its BT doctors or one cohort), or changes
 * one (the version read is sent: a stale one is refused and the list read again). The server's
 * warnings go to `onSaved` (the activity was saved); a refusal keeps what was typed, each message at
 * the input it names and any other in the dialog.
 */
export function ActivityDialog({
  siteId,
  cohorts,
  activity,
  defaultDate,
  defaultCohortId,
  onClose,
  onSaved,
  onStale,
}: {
  siteId: string;
  cohorts: { id: string; name: string }[];
  /** The activity to change; none: a new one. */
  activity?: EducationActivity;
  defaultDate: string;
  defaultCohortId: string;
  onClose: () => void;
  onSaved: (saved: SavedActivity) => void;
  onStale: () => void;
}) {
  const translate = useTranslate();
  const { data: goals } = useGetList<{ id: string; code: string; title: string }>('goals');
  const [draft, setDraft] = useState(() => draftOf(activity, defaultDate, defaultCohortId));
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));
  const input = {
    kind: draft.kind,
    title: draft.title,
    date: draft.date,
    startTime: draft.startTime,
    endTime: draft.endTime,
    location: draft.location || null,
    description: draft.description || null,
    goalCodes: draft.goalCodes,
  };
  const stale = (error: HttpError) => error.status === 409 && onStale();
  const save = () =>
    activity
      ? run<{ updateEducationActivity: SavedActivity }>(
          UPDATE_EDUCATION_ACTIVITY,
          { id: activity.id, version: activity.version, input },
          (data) => onSaved(data.updateEducationActivity),
          stale,
        )
      : run<{ planEducationActivity: SavedActivity }>(PLAN_EDUCATION_ACTIVITY, { audience: { siteId, cohortId: draft.cohortId || null }, input }, (data) =>
          onSaved(data.planEducationActivity),
        );
  const goalName = (goal: { code: string; title: string }) => `${goal.code} ${translate(`goals.${goal.code}`, { _: goal.title })}`;
  const text = (key: 'title' | 'location' | 'description', label: string, maxLength: number, multiline = false) => (
    <MuiTextField
      size="small"
      label={translate(label)}
      value={draft[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      required={key === 'title'}
      slotProps={{ htmlInput: { maxLength } }}
      {...fieldError(key)}
    />
  );
  const time = (key: 'startTime' | 'endTime', label: string) => (
    <MuiTextField
      size="small"
      type="time"
      label={translate(label)}
      value={draft[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
      sx={{ width: 150 }}
      {...fieldError(key)}
    />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="activity-dialog-title" data-activity-dialog>
      <DialogTitle id="activity-dialog-title">
        {activity ? translate('activities.edit_title', { title: activity.title }) : translate('activities.plan_title')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <MuiTextField
            select
            size="small"
            label={translate('activities.audience')}
            value={draft.cohortId}
            onChange={(e) => change({ cohortId: e.target.value })}
            disabled={activity !== undefined}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            {...fieldError('audience')}
          >
            <MenuItem value="">{translate('activities.whole_site')}</MenuItem>
            {cohorts.map((cohort) => (
              <MenuItem key={cohort.id} value={cohort.id} lang="sv">
                {cohort.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField select size="small" label={translate('activities.kind')} value={draft.kind} onChange={(e) => change({ kind: e.target.value })}>
            {Object.values(EducationActivityKind).map((kind) => (
              <MenuItem key={kind} value={kind}>
                {translate(`activityKinds.${kind}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          {text('title', 'activities.activity_title', ACTIVITY_TITLE_MAX_LENGTH)}
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <MuiTextField
              size="small"
              type="date"
              label={translate('activities.date')}
              value={draft.date}
              onChange={(e) => change({ date: e.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              {...fieldError('date')}
            />
            {time('startTime', 'activities.start_time')}
            {time('endTime', 'activities.end_time')}
          </Stack>
          {text('location', 'activities.location', ACTIVITY_TITLE_MAX_LENGTH)}
          {text('description', 'activities.description', ACTIVITY_TEXT_MAX_LENGTH, true)}
          <MuiTextField
            select
            size="small"
            label={translate('activities.goals')}
            value={draft.goalCodes}
            onChange={(e) => change({ goalCodes: e.target.value as unknown as string[] })}
            slotProps={{ select: { multiple: true, renderValue: (selected) => (selected as string[]).join(', ') } }}
            {...fieldError('goalCodes')}
          >
            {(goals ?? []).map((goal) => (
              <MenuItem key={goal.code} value={goal.code} data-goal-option={goal.code}>
                {goalName(goal)}
              </MenuItem>
            ))}
          </MuiTextField>
          <DialogError error={refusal} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={save} data-save-activity>
          {translate('activities.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
