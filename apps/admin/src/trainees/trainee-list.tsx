import { Typography, useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, List, TextField, usePermissions, useRecordContext } from 'react-admin';
import { GoalGrid } from '../common/goal-grid';
import { hasPermission, type Permissions } from '../permissions';
import { traineeFilters } from './trainee-filters';
import { LocaleNumberField } from '../common/locale-number-field';
import { OverdueCheckpointsField } from '../checkpoints/overdue-checkpoints-field';

/** In a narrow list: the name with the main site and cohort beneath it, in one column instead of three. */
function NameWithSiteAndCohort(_props: { label?: string; sortBy?: string }) {
  const trainee = useRecordContext<{ name: string; site?: { name: string } | null; cohort?: { name: string } | null }>();
  if (!trainee) return null;
  return (
    <>
      <Typography variant="body2">{trainee.name}</Typography>
      <Typography variant="caption" color="text.secondary" data-site-and-cohort>
        {[trainee.site?.name, trainee.cohort?.name].filter(Boolean).join(' · ')}
      </Typography>
    </>
  );
}

/**
 * The BT doctors. In a window under 1200 px (a tablet, a narrow window: 800 px) the list keeps to the
 * width without a horizontal scroll: the main site and cohort go under the name, and the goal grid
 * (EDU-11) folds to two rows; nothing is left out.
 */
export function TraineeList() {
  const { permissions } = usePermissions<Permissions>();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('lg'));
  return (
    <List exporter={false} filters={traineeFilters(hasPermission(permissions, 'READ_PROGRAMME'))} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} size={narrow ? 'small' : 'medium'}>
        {narrow ? <NameWithSiteAndCohort label="resources.trainees.fields.name" sortBy="name" /> : <TextField source="name" />}
        {!narrow && <TextField source="site.name" sortBy="site.name" label="resources.trainees.fields.site" />}
        {!narrow && <TextField source="cohort.name" sortBy="cohort.name" label="resources.trainees.fields.cohort" />}
        <TextField source="currentPlacement.unit.name" label="resources.trainees.fields.currentPlacement" sortable={false} />
        <TextField source="mainSupervisor.name" label="resources.trainees.fields.mainSupervisor" sortable={false} />
        <OverdueCheckpointsField label="checkpoints.title" sortable={false} />
        <LocaleNumberField source="monthsServed" sortable={false} />
        {hasPermission(permissions, 'READ_PORTFOLIO') && <GoalGrid compact columns={narrow ? 9 : 18} label="resources.trainees.fields.progress" />}
      </Datagrid>
    </List>
  );
}
