import { Datagrid, List, TextField } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { cohortFilters } from './cohort-filters';

export function CohortList() {
  return (
    <List exporter={false} filters={cohortFilters} sort={{ field: 'startDate', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="site.name" sortBy="site.name" label="resources.cohorts.fields.site" />
        <IsoDateField source="startDate" />
      </Datagrid>
    </List>
  );
}
