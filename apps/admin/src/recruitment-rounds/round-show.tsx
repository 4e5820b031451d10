import { Alert, Stack } from '@mui/material';
import { FunctionField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { roundStateChoices } from '../common/choices';
import { RoundActions } from './round-actions';
import { PanelEditor } from './panel-editor';
import { InterviewSlots } from './interview-slots';
import { RubricEditor } from './rubric-editor';
import { FieldRow } from '../common/field-row';
import { PlacesFilled } from './places-filled';
import { useNoticeText } from '../common/use-notice-text';
import type { Notice } from '../data/graphql-error';

/** The round's warnings now (only about the stages it is in or has ahead; none when closed), in the chosen language. */
function RoundWarnings() {
  const round = useRecordContext<{ warningNotices?: Notice[] }>();
  const say = useNoticeText();
  if (!round?.warningNotices?.length) return null;
  return (
    <Stack spacing={1} data-round-warnings>
      {round.warningNotices.map((warning) => (
        <Alert key={warning.message} severity="warning">
          {say(warning)}
        </Alert>
      ))}
    </Stack>
  );
}

function RoundPlaces() {
  const round = useRecordContext<{ id: string; positions: { count: number; site: { id: string; name: string } }[] }>();
  return round?.positions ? <PlacesFilled round={round} version={round} /> : null;
}

/** A round: dates (REC-1, REC-6), positions per site (REC-2), warnings, panel per stage (REC-9), rubric. */
export function RoundShow() {
  return (
    <Show actions={<RoundActions />}>
      <SimpleShowLayout>
        <RoundWarnings />
        <TextField source="name" />
        <SelectField source="state" choices={roundStateChoices} />
        <FieldRow>
          <IsoDateField source="advertDate" />
          <IsoDateField source="applicationDeadline" />
          <IsoDateField source="startDate" />
        </FieldRow>
        <FunctionField source="interviewDays" render={(round: { interviewDays: string[] }) => round.interviewDays.join(', ')} />
        <RoundPlaces />
        <PanelEditor />
        <InterviewSlots />
        <RubricEditor />
      </SimpleShowLayout>
    </Show>
  );
}
