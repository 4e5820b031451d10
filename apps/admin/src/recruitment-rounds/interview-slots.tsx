import { useEffect, useState } from 'react';
import { Box, Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EventIcon from '@mui/icons-material/Event';
import { Link, useGetIdentity, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { hasPermission, type Permissions } from '../permissions';
import { downloadCalendar, INTERVIEW_SLOTS, PANEL_INTERVIEW_CALENDAR, REMOVE_INTERVIEW_SLOTS, slotLabel, type InterviewSlot } from './round-operations';
import { InvitationDownload } from './invitation-download';
import { SlotPlanner } from './slot-planner';
import { InvitationsSent } from './invitations-sent';

interface SlotsRound {
  id: string;
  name: string;
  state: string;
  applicationDeadline: string;
  interviewDays: string[];
  panel?: { stage: string; person: { id: string; name: string } }[];
}

/** REC-6, REC-9: the calendar files of the people sitting in on booked interviews: HR and the Director get anyone's, a panel member their own. */
function PanelCalendars({ round, slots }: { round: SlotsRound; slots: InterviewSlot[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const sitting = slots
    .filter((slot) => slot.application)
    .flatMap((slot) => slot.panel)
    .filter((person, index, people) => people.findIndex((other) => other.id === person.id) === index)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const people = hasPermission(permissions, 'HANDLE_APPLICATIONS') ? sitting : sitting.filter((person) => person.id === String(identity?.id));
  if (people.length === 0) return null;
  const download = async (person: { id: string; name: string }) => {
    try {
      const { panelInterviewCalendar } = await graphql<{ panelInterviewCalendar: string }>(PANEL_INTERVIEW_CALENDAR, {
        roundId: round.id,
        personId: person.id,
      });
      downloadCalendar(`intervjuer-${person.name}-${round.name}`, panelInterviewCalendar);
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  const own = people.length === 1 && people[0].id === String(identity?.id);
  return (
    <Stack spacing={1} data-panel-calendars>
      <Typography variant="subtitle2">{translate('recruitment.panel_calendars')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {people.map((person) => (
          <Button key={person.id} size="small" startIcon={<EventIcon />} onClick={() => download(person)}>
            {own ? translate('recruitment.my_calendar') : translate('recruitment.panel_calendar_of', { name: person.name })}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * REC-6: the round's interview times, each with its room, panel and the applicant booked into it — the
 * round-wide list of invitations; HR lays out new times (shown before saving), removes free ones and
 * records when the invitations went out.
 */
export function InterviewSlots() {
  const round = useRecordContext<SlotsRound>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const { run, busy } = useGraphQLAction();
  const [slots, setSlots] = useState<InterviewSlot[]>();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'));
  const load = () =>
    graphql<{ interviewSlots: InterviewSlot[] }>(INTERVIEW_SLOTS, { roundId: round!.id }).then(
      (data) => setSlots(data.interviewSlots),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    if (round?.panel) load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round?.id, round?.panel]);
  if (!round?.panel || !slots) return null;
  const panelNames = (slot: InterviewSlot) => slot.panel.map((person) => person.name).join(', ') || '–';
  const handles = hasPermission(permissions, 'HANDLE_APPLICATIONS');
  const laysOut = handles && !['OFFERS', 'CLOSED'].includes(round.state);
  const remove = (slot: InterviewSlot) =>
    run(REMOVE_INTERVIEW_SLOTS, { roundId: round.id, slotIds: [slot.id] }, () => {
      notify('recruitment.slot_removed', { type: 'info', messageArgs: { time: slotLabel(slot) } });
      load();
    });
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.interview_slots')}</Typography>
      {slots.length === 0 ? (
        <Typography data-no-slots>
          {`${translate('recruitment.no_slots')} ${translate(laysOut ? 'recruitment.no_slots_how' : 'recruitment.no_slots_ask_hr')}`}
        </Typography>
      ) : (
        // on a narrow screen room and panel go under the time, and the table scrolls sideways rather than widening the page
        <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
          <Table size="small" data-slot-list>
            <TableHead>
              <TableRow>
                <TableCell>{translate('recruitment.slot_time')}</TableCell>
                {wide && <TableCell>{translate('recruitment.room')}</TableCell>}
                {wide && <TableCell>{translate('recruitment.slot_panel')}</TableCell>}
                <TableCell>{translate('recruitment.applicant')}</TableCell>
                <TableCell>{translate('recruitment.invitation_sent_on')}</TableCell>
                {handles && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {slots.map((slot) => (
                <TableRow key={slot.id} data-slot={slot.application ? 'booked' : 'free'}>
                  <TableCell>
                    <Box sx={{ whiteSpace: 'nowrap' }}>{slotLabel(slot)}</Box>
                    {!wide && <Typography variant="caption">{`${slot.room ?? '–'} · ${panelNames(slot)}`}</Typography>}
                  </TableCell>
                  {wide && <TableCell>{slot.room ?? '–'}</TableCell>}
                  {wide && <TableCell>{panelNames(slot)}</TableCell>}
                  <TableCell>
                    {slot.application ? (
                      <Link to={`/applications/${slot.application.id}/show`}>{slot.application.name}</Link>
                    ) : (
                      translate('recruitment.free_slot')
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {slot.application ? (slot.application.invitationSentOn ?? translate('recruitment.invitation_not_recorded')) : ''}
                  </TableCell>
                  {handles && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {slot.application ? (
                        <InvitationDownload application={slot.application} />
                      ) : (
                        laysOut && (
                          <IconButton
                            size="small"
                            disabled={busy}
                            aria-label={translate('recruitment.remove_slot', { time: slotLabel(slot) })}
                            onClick={() => remove(slot)}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        )
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <PanelCalendars round={round} slots={slots} />
      {handles && round.state !== 'CLOSED' && <InvitationsSent round={round} slots={slots} onRecorded={load} />}
      {laysOut && <SlotPlanner round={{ ...round, panel: round.panel }} onSaved={load} />}
    </Stack>
  );
}
