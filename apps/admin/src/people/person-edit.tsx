import { AutocompleteInput, Edit, ReferenceInput, required, SelectArrayInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { directorOfStudiesScopeChoices, roleChoices } from '../common/choices';
import { SaveOnlyToolbar } from '../common/save-only-toolbar';

export function PersonEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="name" validate={required()} />
        <TextInput source="title" />
        <SelectArrayInput source="roles" choices={roleChoices.filter((role) => role.id !== 'TRAINEE')} validate={required()} />
        <ReferenceInput source="siteId" reference="sites">
          <SelectInput optionText="name" emptyText="–" />
        </ReferenceInput>
        <ReferenceInput source="unitId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <SelectInput source="directorOfStudiesScope" choices={directorOfStudiesScopeChoices} emptyText="–" />
      </SimpleForm>
    </Edit>
  );
}
