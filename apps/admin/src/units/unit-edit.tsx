import { AutocompleteInput, Edit, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { regionPartChoices, unitKindChoices } from '../common/choices';
import { SaveOnlyToolbar } from '../common/save-only-toolbar';

export function UnitEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="name" validate={required()} />
        <ReferenceInput source="siteId" reference="sites">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="kind" choices={unitKindChoices} validate={required()} />
        <SelectInput source="regionPart" choices={regionPartChoices} emptyText="–" />
        <ReferenceInput source="headOfUnitId" reference="people" filter={{ role: 'HEAD_OF_UNIT' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <ReferenceInput source="btLeadId" reference="people" filter={{ role: 'UNIT_BT_LEAD' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      </SimpleForm>
    </Edit>
  );
}
