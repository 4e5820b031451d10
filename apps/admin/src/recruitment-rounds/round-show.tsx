import { Alert, Stack } from '@mui/material';
import { ArrayField, Datagrid, FunctionField, NumberField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { roundStateChoices } from '../common/choices';
import { RoundActions } from './round-actions';
import { PanelEditor } from './panel-editor';
import { InterviewSlots } from './interview-slots';
import { RubricEditor } from './rubric-editor';
import { FieldRow } from '../common/field-row';

function RoundWarnings() {
  const round = useRecordContext<{ warnings?: string[] }>();
  if (!round?.warnings?.length) return null;
  return (
    <Stack spacing={1}>
      {round.warnings.map((warning) => (
        <Alert key={warning} severity="warning">
          {warning}
        </Alert>
      ))}
    </Stack>
  );
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
        <ArrayField source="positions">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="site.name" label="resources.cohorts.fields.site" />
            <NumberField source="count" label="resources.recruitmentRounds.fields.positions" />
          </Datagrid>
        </ArrayField>
        <PanelEditor />
        <InterviewSlots />
        <RubricEditor />
      </SimpleShowLayout>
    </Show>
  );
}
