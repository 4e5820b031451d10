import { useEffect, useState } from 'react';
import { Button, Chip, Stack, Typography } from '@mui/material';
import { Link, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { hasPermission, type Permissions } from '../permissions';
import { GENERATE_INTERVIEW_SLOTS, INTERVIEW_SLOTS, slotLabel, type InterviewSlot } from './round-operations';

/** REC-6: interview times over the round's interview days, each with the applicant booked into it. */
export function InterviewSlots() {
  const round = useRecordContext<{ id: string; state: string; panel?: unknown }>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const [slots, setSlots] = useState<InterviewSlot[]>();
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
  const generate = async () => {
    try {
      await graphql(GENERATE_INTERVIEW_SLOTS, { roundId: round.id });
      await load();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.interview_slots')}</Typography>
      {slots.length === 0 && <Typography>{translate('recruitment.no_slots')}</Typography>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {slots.map((slot) => (
          <Chip
            key={slot.id}
            variant={slot.application ? 'filled' : 'outlined'}
            label={
              slot.application ? (
                <Link to={`/applications/${slot.application.id}/show`}>{`${slotLabel(slot)} ${slot.application.name}`}</Link>
              ) : (
                `${slotLabel(slot)} ${translate('recruitment.free_slot')}`
              )
            }
          />
        ))}
      </Stack>
      {hasPermission(permissions, 'HANDLE_APPLICATIONS') && round.state !== 'CLOSED' && (
        <Button onClick={generate} sx={{ alignSelf: 'flex-start' }}>
          {translate('recruitment.generate_slots')}
        </Button>
      )}
    </Stack>
  );
}
