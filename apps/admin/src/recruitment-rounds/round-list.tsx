import { Datagrid, List, NumberField, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { roundStateChoices } from '../common/choices';

const roundFilters = [
  <SelectInput key="state" source="state" choices={roundStateChoices} alwaysOn />,
  <NumberInput key="year" source="year" min={2021} max={2100} alwaysOn />,
];

export function RoundList() {
  return (
    <List exporter={false} filters={roundFilters}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <SelectField source="state" choices={roundStateChoices} sortable={false} />
        <IsoDateField source="advertDate" sortable={false} />
        <IsoDateField source="applicationDeadline" sortable={false} />
        <IsoDateField source="startDate" sortable={false} />
        <NumberField source="applicationCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
