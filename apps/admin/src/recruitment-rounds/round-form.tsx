import { ArrayInput, DateInput, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, SimpleFormIterator, TextInput } from 'react-admin';

const days = {
  format: (value?: string[]) => (value ?? []).join(', '),
  parse: (value: string) => value.split(/[\s,;]+/).filter(Boolean),
};

/** Dates per REC-1/REC-6 (the server says when a rule is not met) and positions per site (REC-2). */
export function RoundForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <DateInput source="advertDate" validate={required()} />
      <DateInput source="applicationDeadline" validate={required()} />
      <TextInput source="interviewDays" format={days.format} parse={days.parse} helperText="ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM-DD" validate={required()} />
      <ArrayInput source="positions">
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput source="site.id" reference="sites">
            <SelectInput optionText="name" validate={required()} label="resources.cohorts.fields.site" />
          </ReferenceInput>
          <NumberInput source="count" min={0} validate={required()} label="resources.recruitmentRounds.fields.positions" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}
