import { DateInput, required, SimpleForm, TextInput } from 'react-admin';
import { SiteInput } from '../common/site-input';

/** Site and start date; the name is worked out by the server ("VT 2027 Växjö") when left empty. */
export function CohortForm() {
  return (
    <SimpleForm>
      <SiteInput permission="EDIT_COHORTS" />
      <DateInput source="startDate" validate={required()} />
      <TextInput source="name" helperText={false} />
    </SimpleForm>
  );
}
