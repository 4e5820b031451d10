import { Stack, Typography, useMediaQuery } from '@mui/material';
import { Datagrid, List, TextField, usePermissions, useRecordContext } from 'react-admin';
import { GoalGrid } from '../common/goal-grid';
import { hasPermission, type Permissions } from '../permissions';
import { traineeFilters } from './trainee-filters';
import { LocaleNumberField } from '../common/locale-number-field';
import { OverdueCheckpointsField } from '../checkpoints/overdue-checkpoints-field';

/**
 * In a narrow list: the name with its overdue-checkpoints warning, and the cohort beneath it (with the
 * main site when the cohort's name does not say it), in one column instead of four.
 */
function NameWithCohort(_props: { label?: string; sortBy?: string }) {
  const trainee = useRecordContext<{ name: string; site?: { name: string } | null; cohort?: { name: string } | null }>();
  if (!trainee) return null;
  const site = trainee.site?.name;
  const cohort = trainee.cohort?.name;
  return (
    <>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">{trainee.name}</Typography>
        <OverdueCheckpointsField />
      </Stack>
      <Typography variant="caption" color="text.secondary" lang="sv" data-site-and-cohort>
        {site && cohort?.includes(site) ? cohort : [site, cohort].filter(Boolean).join(' · ')}
      </Typography>
    </>
  );
}

/** Every column side by side needs about 1 170 px beside the open menu: a window of 1 440 px. */
const NARROW = '(max-width: 1439.95px)';

/**
 * The BT doctors. In a window under 1 440 px (a laptop, a tablet, a narrow window: 800 px) the list keeps to the
 * width without a horizontal scroll: the cohort and main site go under the name, the overdue-checkpoints
 * warning beside it, and the goal grid (EDU-11) folds to two rows; nothing is left out.
 */
export function TraineeList() {
  const { permissions } = usePermissions<Permissions>();
  const narrow = useMediaQuery(NARROW);
  return (
    <List exporter={false} filters={traineeFilters(hasPermission(permissions, 'READ_PROGRAMME'))} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} size={narrow ? 'small' : 'medium'}>
        {narrow ? <NameWithCohort label="resources.trainees.fields.name" sortBy="name" /> : <TextField source="name" />}
        {!narrow && <TextField source="site.name" sortBy="site.name" label="resources.trainees.fields.site" />}
        {!narrow && <TextField source="cohort.name" sortBy="cohort.name" label="resources.trainees.fields.cohort" />}
        <TextField source="currentPlacement.unit.name" label="resources.trainees.fields.currentPlacement" sortable={false} />
        <TextField source="mainSupervisor.name" label="resources.trainees.fields.mainSupervisor" sortable={false} />
        {!narrow && <OverdueCheckpointsField label="checkpoints.title" sortable={false} />}
        <LocaleNumberField source="monthsServed" sortable={false} />
        {hasPermission(permissions, 'READ_PORTFOLIO') && <GoalGrid compact columns={narrow ? 9 : 18} label="resources.trainees.fields.progress" />}
      </Datagrid>
    </List>
  );
}
