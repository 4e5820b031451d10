import { DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';

/** Site and start date; the name is worked out by the server ("VT 2027 Växjö") when left empty. */
export function CohortForm() {
  return (
    <SimpleForm>
      <ReferenceInput source="siteId" reference="sites">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <DateInput source="startDate" validate={required()} />
      <TextInput source="name" helperText={false} />
    </SimpleForm>
  );
}
