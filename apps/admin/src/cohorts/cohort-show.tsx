import { Datagrid, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField, usePermissions } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { GoalGrid } from '../common/goal-grid';
import { LocaleNumberField } from '../common/locale-number-field';
import { SiteScopedEditActions } from '../common/site-scoped-edit-actions';
import { hasPermission, type Permissions } from '../permissions';
import { BlockScheduleGrid } from '../block-schedule/block-schedule-grid';
import { BtEvaluationSummarySection } from '../working-life/bt-evaluation-summary';

/** A cohort with its trainees: current placement, months served and progress over BT1–BT18 (for those who read the portfolio, EDU-10), and its block schedule (EDU-5). */
export function CohortShow() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Show actions={<SiteScopedEditActions permission="EDIT_COHORTS" />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="site.name" label="resources.cohorts.fields.site" />
        <IsoDateField source="startDate" />
        <ReferenceManyField
          reference="trainees"
          target="cohortId"
          label="resources.cohorts.fields.trainees"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" label="resources.trainees.fields.name" />
            <TextField source="currentPlacement.unit.name" label="resources.trainees.fields.currentPlacement" sortable={false} />
            <LocaleNumberField source="monthsServed" label="resources.trainees.fields.monthsServed" sortable={false} />
            {hasPermission(permissions, 'READ_PORTFOLIO') && <GoalGrid compact label="resources.trainees.fields.progress" />}
          </Datagrid>
        </ReferenceManyField>
        <BlockScheduleGrid label="bt.block_schedule.title" />
        <BtEvaluationSummarySection label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
