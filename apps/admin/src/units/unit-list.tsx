import { Datagrid, List, ReferenceInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { regionPartChoices, unitKindChoices } from '../common/choices';

const unitFilters = [
  <TextInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="siteId" source="siteId" reference="sites" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={unitKindChoices} />,
];

export function UnitList() {
  return (
    <List exporter={false} filters={unitFilters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="site.name" sortBy="site.name" label="resources.units.fields.site" />
        <SelectField source="kind" choices={unitKindChoices} />
        <SelectField source="regionPart" choices={regionPartChoices} sortable={false} emptyText="–" />
        <TextField source="headOfUnit.name" label="resources.units.fields.headOfUnit" sortable={false} />
      </Datagrid>
    </List>
  );
}
