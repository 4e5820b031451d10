import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { regionPartChoices, unitKindChoices } from '../common/choices';

export function UnitShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="site.name" label="resources.units.fields.site" />
        <SelectField source="kind" choices={unitKindChoices} />
        <SelectField source="regionPart" choices={regionPartChoices} emptyText="–" />
        <TextField source="headOfUnit.name" label="resources.units.fields.headOfUnit" emptyText="–" />
        <TextField source="btLead.name" label="resources.units.fields.btLead" emptyText="–" />
      </SimpleShowLayout>
    </Show>
  );
}
