import { Datagrid, List, TextField, usePermissions } from 'react-admin';
import { GoalGrid } from '../common/goal-grid';
import { hasPermission, type Permissions } from '../permissions';
import { traineeFilters } from './trainee-filters';
import { LocaleNumberField } from '../common/locale-number-field';
import { OverdueCheckpointsField } from '../checkpoints/overdue-checkpoints-field';

export function TraineeList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List exporter={false} filters={traineeFilters(hasPermission(permissions, 'READ_PROGRAMME'))} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="site.name" sortBy="site.name" label="resources.trainees.fields.site" />
        <TextField source="cohort.name" sortBy="cohort.name" label="resources.trainees.fields.cohort" />
        <TextField source="currentPlacement.unit.name" label="resources.trainees.fields.currentPlacement" sortable={false} />
        <TextField source="mainSupervisor.name" label="resources.trainees.fields.mainSupervisor" sortable={false} />
        <OverdueCheckpointsField label="checkpoints.title" sortable={false} />
        <LocaleNumberField source="monthsServed" sortable={false} />
        {hasPermission(permissions, 'READ_PORTFOLIO') && <GoalGrid compact label="resources.trainees.fields.progress" />}
      </Datagrid>
    </List>
  );
}
