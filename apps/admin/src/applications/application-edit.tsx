import { BooleanInput, Edit, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { SaveOnlyToolbar } from '../common/save-only-toolbar';

/** HR corrects an application (names, contact, preferred site) and records merits (REC-5). */
export function ApplicationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="givenName" validate={required()} />
        <TextInput source="familyName" validate={required()} />
        <TextInput source="email" />
        <TextInput source="phone" />
        <ReferenceInput source="preferredSiteId" reference="sites">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <NumberInput source="merits.underlakareMonthsSweden" min={0} />
        <NumberInput source="merits.underlakareMonthsRegion" min={0} />
        <TextInput source="merits.otherHigherEducation" multiline />
        <TextInput source="merits.researchMerits" multiline />
        <BooleanInput source="merits.doctoralDegree" />
        <TextInput source="merits.earlierEmploymentInRegion" multiline />
      </SimpleForm>
    </Edit>
  );
}
