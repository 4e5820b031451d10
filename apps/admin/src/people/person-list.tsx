import { Datagrid, List, ReferenceInput, SelectInput, TextField, TextInput } from 'react-admin';
import { roleChoices } from '../common/choices';
import { RolesField } from '../common/roles-field';

const personFilters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="siteId" source="siteId" reference="sites">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

export function PersonList() {
  return (
    <List exporter={false} filters={personFilters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="title" />
        <RolesField label="resources.people.fields.roles" />
        <TextField source="unit.name" label="resources.people.fields.unit" sortable={false} emptyText="–" />
        <TextField source="username" />
      </Datagrid>
    </List>
  );
}
