import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Chip, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { reachesSite, type Permissions } from '../permissions';
import {
  BOOK_EXIT_CONVERSATION,
  RECORD_EXIT_CONVERSATION_HELD,
  TRAINEE_EXIT_CONVERSATION,
  TRAINEE_EXIT_STATUS,
  type TraineeExitStatus,
} from './working-life-operations';

/**
 * EMP-6 on the trainee's employment: whether the evaluation of BT is submitted and the exit conversation
 * booked or held; the (deputy) Director of the site books it and records it as held. The server refuses
 * "held" until the evaluation is submitted: the reason shows beside the form and what was typed stays.
 */
export function ExitConversationSection() {
  const trainee = useRecordContext<{ id: string; siteId?: string }>();
  const { permissions } = usePermissions<Permissions>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const dateText = useIsoDateText();
  const today = useToday();
  const mayRecord = reachesSite(permissions, 'RECORD_EXIT_CONVERSATION', trainee?.siteId);
  const [status, setStatus] = useState<TraineeExitStatus>();
  const [bookedFor, setBookedFor] = useState('');
  const [typedHeldOn, setHeldOn] = useState<string>();
  const heldOn = typedHeldOn ?? today ?? '';
  const [notes, setNotes] = useState('');
  const booking = useGraphQLAction();
  const holding = useGraphQLAction({ showsRefusal: true });
  const load = () =>
    graphql<{ trainee: TraineeExitStatus }>(mayRecord ? TRAINEE_EXIT_CONVERSATION : TRAINEE_EXIT_STATUS, { id: trainee!.id }).then(
      (data) => setStatus(data.trainee),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    if (trainee) load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainee?.id, mayRecord]);
  if (!trainee || !status) return null;
  const conversation = status.exitConversation;
  const book = () =>
    booking.run(BOOK_EXIT_CONVERSATION, { traineeId: trainee.id, bookedFor }, () => {
      notify('workingLife.exit_booked', { type: 'success' });
      load();
    });
  const recordHeld = () =>
    holding.run(RECORD_EXIT_CONVERSATION_HELD, { traineeId: trainee.id, heldOn, notes: notes || null }, () => {
      notify('workingLife.exit_held_recorded', { type: 'success' });
      load();
    });
  const held = status.exitConversationHeld;
  return (
    <Stack spacing={1.5} sx={{ mt: 2, maxWidth: 900 }} data-exit-conversation={held ? 'held' : conversation?.bookedFor ? 'booked' : 'none'}>
      <Typography variant="subtitle1">{translate('workingLife.exit_title')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Chip
          size="small"
          data-evaluation-submitted={status.btEvaluationSubmitted}
          color={status.btEvaluationSubmitted ? 'success' : 'default'}
          label={translate(status.btEvaluationSubmitted ? 'workingLife.evaluation_submitted' : 'workingLife.evaluation_not_submitted')}
        />
        <Chip
          size="small"
          color={held ? 'success' : 'default'}
          label={
            held
              ? translate('workingLife.exit_held', { date: dateText(conversation?.heldOn) })
              : conversation?.bookedFor
                ? translate('workingLife.exit_booked_for', { date: dateText(conversation.bookedFor) })
                : translate('workingLife.exit_not_booked')
          }
        />
      </Stack>
      {held && conversation && (
        <Typography variant="body2">
          {conversation.heldBy && `${translate('workingLife.exit_held_by', { name: conversation.heldBy.name })} `}
          {conversation.notes}
        </Typography>
      )}
      {mayRecord && !held && (
        <>
          <Row>
            <DayField label={translate('workingLife.exit_book_day')} value={bookedFor} onChange={setBookedFor} error={booking.fieldError('bookedFor')} />
            <Button variant="outlined" disabled={booking.busy || !bookedFor} onClick={book} sx={{ mt: 0.25 }}>
              {translate('workingLife.exit_book')}
            </Button>
          </Row>
          <Row>
            <DayField label={translate('workingLife.exit_held_on')} value={heldOn} onChange={setHeldOn} error={holding.fieldError('heldOn')} />
            <MuiTextField
              size="small"
              multiline
              sx={{ minWidth: 320, flex: 1 }}
              label={translate('workingLife.exit_notes')}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              {...holding.fieldError('notes')}
            />
            <Button variant="contained" disabled={holding.busy || !heldOn} onClick={recordHeld} sx={{ mt: 0.25 }}>
              {translate('workingLife.exit_record_held')}
            </Button>
          </Row>
          {holding.refusal && (
            <Alert severity="error" data-exit-refusal>
              {holding.refusal}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}

/** A row of inputs and their button, wrapping when narrow. */
function Row({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      {children}
    </Stack>
  );
}

/** A day input (YYYY-MM-DD) with the server's refusal of it, if any. */
function DayField({ label, value, onChange, error }: { label: string; value: string; onChange: (day: string) => void; error: object }) {
  return (
    <MuiTextField
      size="small"
      type="date"
      sx={{ width: 200 }}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
      {...error}
    />
  );
}
