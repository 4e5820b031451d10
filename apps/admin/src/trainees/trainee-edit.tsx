import { DateInput, Edit, FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { employmentFormChoices } from '../common/choices';
import { SaveOnlyToolbar } from '../common/save-only-toolbar';
import { SiteInput } from '../common/site-input';

/** Employment data, for the Director and HR; the server validates (personnummer, dates, cohort at the site, the ST unit of an integrated BT). */
export function TraineeEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="givenName" validate={required()} />
        <TextInput source="familyName" validate={required()} />
        <TextInput source="personalIdentityNumber" validate={required()} helperText="ÅÅÅÅMMDD-XXXX" />
        <SiteInput permission="EDIT_EMPLOYMENT" />
        <ReferenceInput source="cohortId" reference="cohorts" sort={{ field: 'startDate', order: 'DESC' }}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <DateInput source="employmentStart" validate={required()} />
        <DateInput source="employmentEnd" validate={required()} />
        <SelectInput source="employmentForm" choices={employmentFormChoices} validate={required()} />
        {/* EMP-1: in an integrated BT the head of unit of the ST employment appoints the main supervisor */}
        <FormDataConsumer>
          {({ formData }) =>
            formData.employmentForm === 'INTEGRATED' && (
              <ReferenceInput source="stUnitId" reference="units" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
                <SelectInput optionText="name" validate={required()} />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Edit>
  );
}
