import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { GENERATE_INTERVIEW_SLOTS, PREVIEW_INTERVIEW_SLOTS, slotLabel } from './round-operations';

interface PlannerRound {
  id: string;
  interviewDays: string[];
  panel: { stage: string; person: { id: string; name: string } }[];
}

interface Plan {
  days: string[];
  dayStart: string;
  dayEnd: string;
  slotMinutes: string;
  lunchStart: string;
  lunchMinutes: string;
  room: string;
  panelPersonIds: string[];
}

type PlannedSlot = { startsAt: string; endsAt: string };

/** The plan as the graph's arguments; an empty lunch start means no lunch break. */
function planVariables(roundId: string, plan: Plan) {
  return {
    roundId,
    days: plan.days,
    dayStart: plan.dayStart,
    dayEnd: plan.dayEnd,
    slotMinutes: Number(plan.slotMinutes),
    lunchStart: plan.lunchStart || null,
    lunchMinutes: plan.lunchStart ? Number(plan.lunchMinutes) : 0,
    room: plan.room,
    panelPersonIds: plan.panelPersonIds,
  };
}

/**
 * REC-6, REC-9: HR lays out interview times: which of the round's interview days, the day's times, a
 * lunch break, the room and who of the interview panel sits in. The times are shown before they are
 * saved; what was typed stays after a refusal.
 */
export function SlotPlanner({ round, onSaved }: { round: PlannerRound; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { run, busy, fieldError } = useGraphQLAction();
  const interviewPanel = round.panel
    .filter((member) => member.stage === 'INTERVIEWS')
    .map((member) => member.person)
    .filter((person, index, people) => people.findIndex((other) => other.id === person.id) === index);
  const [plan, setPlan] = useState<Plan>({
    days: round.interviewDays,
    dayStart: '08:30',
    dayEnd: '16:30',
    slotMinutes: '45',
    lunchStart: '12:00',
    lunchMinutes: '45',
    room: '',
    panelPersonIds: [],
  });
  const [preview, setPreview] = useState<{ plan: Plan; slots: PlannedSlot[] }>();
  const change = (part: Partial<Plan>) => setPlan((current) => ({ ...current, ...part }));
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));
  const stale = preview !== undefined && preview.plan !== plan;
  const show = () =>
    run<{ previewInterviewSlots: PlannedSlot[] }>(PREVIEW_INTERVIEW_SLOTS, planVariables(round.id, plan), (data) =>
      setPreview({ plan, slots: data.previewInterviewSlots }),
    );
  const save = () =>
    run(GENERATE_INTERVIEW_SLOTS, planVariables(round.id, plan), () => {
      notify('recruitment.slots_saved', { type: 'success', messageArgs: { smart_count: preview?.slots.length ?? 0 } });
      setPreview(undefined);
      onSaved();
    });
  const panelNames = (chosen: Plan) =>
    interviewPanel
      .filter((person) => chosen.panelPersonIds.includes(person.id))
      .map((person) => person.name)
      .join(', ');
  const timeField = (key: 'dayStart' | 'dayEnd' | 'lunchStart', label: string) => (
    <MuiTextField
      size="small"
      type="time"
      label={translate(label)}
      value={plan[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
      sx={{ width: 170 }}
      {...fieldError(key)}
    />
  );
  const minutesField = (key: 'slotMinutes' | 'lunchMinutes', label: string) => (
    <MuiTextField
      size="small"
      type="number"
      label={translate(label)}
      value={plan[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: 0, step: 5 } }}
      sx={{ width: 200 }}
      {...fieldError(key)}
    />
  );
  return (
    <Stack spacing={2} data-slot-planner sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, maxWidth: 900 }}>
      <Typography variant="subtitle2">{translate('recruitment.generate_slots')}</Typography>
      <Typography variant="body2">{translate('recruitment.slot_plan_help')}</Typography>
      <FormGroup row>
        <FormLabel component="legend" sx={{ width: '100%' }} {...(fieldError('days').error ? { error: true } : {})}>
          {translate('recruitment.slot_days')}
        </FormLabel>
        {round.interviewDays.map((day) => (
          <FormControlLabel
            key={day}
            label={day}
            control={<Checkbox checked={plan.days.includes(day)} onChange={(e) => change({ days: toggle(plan.days, day, e.target.checked).sort() })} />}
          />
        ))}
      </FormGroup>
      {fieldError('days').helperText && <Alert severity="error">{fieldError('days').helperText}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {timeField('dayStart', 'recruitment.slot_day_start')}
        {timeField('dayEnd', 'recruitment.slot_day_end')}
        {minutesField('slotMinutes', 'recruitment.slot_minutes')}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {timeField('lunchStart', 'recruitment.lunch_start')}
        {minutesField('lunchMinutes', 'recruitment.lunch_minutes')}
      </Stack>
      <MuiTextField
        size="small"
        label={translate('recruitment.room')}
        placeholder={translate('recruitment.room_help')}
        value={plan.room}
        onChange={(e) => change({ room: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ maxWidth: 420 }}
        {...fieldError('room')}
      />
      <FormGroup row data-slot-panel>
        <FormLabel component="legend" sx={{ width: '100%' }}>
          {translate('recruitment.slot_panel')}
        </FormLabel>
        <Typography variant="body2" sx={{ width: '100%' }}>
          {translate(interviewPanel.length ? 'recruitment.slot_panel_help' : 'recruitment.no_interview_panel')}
        </Typography>
        {interviewPanel.map((person) => (
          <FormControlLabel
            key={person.id}
            label={person.name}
            control={
              <Checkbox
                checked={plan.panelPersonIds.includes(person.id)}
                onChange={(e) => change({ panelPersonIds: toggle(plan.panelPersonIds, person.id, e.target.checked) })}
              />
            }
          />
        ))}
      </FormGroup>
      {fieldError('panelPersonIds').helperText && <Alert severity="error">{fieldError('panelPersonIds').helperText}</Alert>}
      <Button variant="outlined" disabled={busy} onClick={show} sx={{ alignSelf: 'flex-start' }}>
        {translate('recruitment.preview_slots')}
      </Button>
      {preview && (
        <Stack spacing={1} data-slot-preview>
          <Typography variant="subtitle2">{translate('recruitment.preview_title')}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('recruitment.slot_time')}</TableCell>
                <TableCell>{translate('recruitment.room')}</TableCell>
                <TableCell>{translate('recruitment.slot_panel')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.slots.map((slot) => (
                <TableRow key={slot.startsAt}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{slotLabel(slot)}</TableCell>
                  <TableCell>{preview.plan.room}</TableCell>
                  <TableCell>{panelNames(preview.plan)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {stale && <Alert severity="info">{translate('recruitment.preview_stale')}</Alert>}
          <Button variant="contained" disabled={busy || stale || preview.slots.length === 0} onClick={save} sx={{ alignSelf: 'flex-start' }} data-save-slots>
            {translate('recruitment.save_slots', { smart_count: preview.slots.length })}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
