import { useEffect, useState } from 'react';
import { Box, Button, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { hasPermission, type Permissions } from '../permissions';
import { INTERVIEW_SLOTS, slotLabel, type InterviewSlot } from '../recruitment-rounds/round-operations';
import { useGraphQLAction } from '../data/use-graphql-action';
import { isFullApplication } from './detail-record';
import { InvitationDownload } from '../recruitment-rounds/invitation-download';

const SCHEDULE_INTERVIEW = `mutation ($applicationId: ID!, $slotId: ID!) { scheduleInterview(applicationId: $applicationId, slotId: $slotId) { id state } }`;

interface BookableApplication {
  id: string;
  name: string;
  eligible: boolean | null;
  round: { id: string };
  interview: { startsAt: string; endsAt: string; room: string | null; panel: { id: string; name: string }[] } | null;
  invitationSentOn: string | null;
}

/** REC-6: the invitation as the applicant gets it: time, room and panel, when it was sent, and the calendar file. */
function Invitation({ application }: { application: BookableApplication & { interview: NonNullable<BookableApplication['interview']> } }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { interview } = application;
  return (
    <Stack spacing={0.5} data-invitation>
      <Typography data-interview>
        {translate('recruitment.invitation_text', {
          time: slotLabel(interview),
          room: interview.room ?? translate('recruitment.room_not_given'),
          panel: interview.panel.map((person) => person.name).join(', ') || translate('recruitment.panel_not_given'),
        })}
      </Typography>
      <Typography variant="body2">
        {`${translate('recruitment.invitation_sent_on')}: ${application.invitationSentOn ?? translate('recruitment.invitation_not_recorded')}`}
      </Typography>
      {hasPermission(permissions, 'HANDLE_APPLICATIONS') && (
        <Box>
          <InvitationDownload application={application} />
        </Box>
      )}
    </Stack>
  );
}

/** REC-6: the interview time, or for HR and the Director a free slot of the round to book the eligible applicant into. */
export function InterviewBooking() {
  const application = useRecordContext<BookableApplication>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const graphql = useGraphQL();
  const { run, busy } = useGraphQLAction();
  const [free, setFree] = useState<InterviewSlot[]>();
  const [slotId, setSlotId] = useState('');
  const bookable =
    !!application &&
    isFullApplication(application) &&
    !application.interview &&
    application.eligible === true &&
    hasPermission(permissions, 'HANDLE_APPLICATIONS');
  useEffect(() => {
    if (!bookable) return;
    graphql<{ interviewSlots: InterviewSlot[] }>(INTERVIEW_SLOTS, { roundId: application.round.id }).then(
      (data) => setFree(data.interviewSlots.filter((slot) => !slot.application)),
      () => setFree([]),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bookable, application?.id]);
  if (!application || !isFullApplication(application)) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('resources.applications.fields.interview')}</Typography>
      {application.interview ? (
        <Invitation application={{ ...application, interview: application.interview }} />
      ) : bookable ? (
        <Stack direction="row" spacing={1}>
          <MuiTextField
            select
            size="small"
            label={translate('recruitment.choose_slot')}
            value={slotId}
            onChange={(e) => setSlotId(e.target.value)}
            sx={{ minWidth: 260 }}
          >
            {(free ?? []).map((slot) => (
              <MenuItem key={slot.id} value={slot.id}>
                {slotLabel(slot)}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button disabled={!slotId || busy} onClick={() => run(SCHEDULE_INTERVIEW, { applicationId: application.id, slotId })}>
            {translate('recruitment.book_interview')}
          </Button>
        </Stack>
      ) : (
        <Typography>–</Typography>
      )}
    </Stack>
  );
}
