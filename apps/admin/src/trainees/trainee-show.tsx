import {
  ArrayField,
  Datagrid,
  FunctionField,
  Labeled,
  SelectField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { GoalGrid } from '../common/goal-grid';
import { employmentFormChoices } from '../common/choices';
import { PlacementTimeline } from './placement-timeline';
import { SalaryTab } from '../salary/salary-tab';
import { hasPermission, type Permissions } from '../permissions';
import { LocaleNumberField } from '../common/locale-number-field';
import { FieldRow } from '../common/field-row';
import { SiteScopedEditActions } from '../common/site-scoped-edit-actions';
import { TrainingPlanTab } from '../training-plan/training-plan-tab';
import { CheckpointsTab } from '../checkpoints/checkpoints-tab';
import { AbsenceTab } from '../absence/absence-tab';
import { WorkingTimeTab } from '../working-time/working-time-tab';
import { ExitConversationSection } from '../working-life/exit-conversation-section';

interface Signature {
  capacity: string;
  signedAt: string;
  signer: { name: string };
}

/** A trainee: employment, a timeline of placements with today marked, the goal grid (for those who read the portfolio, EDU-10) and certificates. */
export function TraineeShow() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  return (
    <Show actions={<SiteScopedEditActions permission="EDIT_EMPLOYMENT" />}>
      {/* the tabs scroll sideways when they do not fit (800 px): their width follows the page, never their labels' */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ contain: 'inline-size' }} />}>
        <TabbedShowLayout.Tab label="bt.trainee.timeline">
          <PlacementTimeline label="bt.trainee.timeline" />
          {hasPermission(permissions, 'READ_PORTFOLIO') && (
            <Labeled label="bt.trainee.goal_grid">
              <GoalGrid />
            </Labeled>
          )}
          <ArrayField source="placements" label="resources.trainees.fields.placements">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <FunctionField label="bt.trainee.placement" render={(p: { kind: string }) => translate(`placementKinds.${p.kind}`)} />
              <TextField source="unit.name" label="bt.trainee.unit" />
              <IsoDateField source="startDate" label="bt.trainee.from" />
              <IsoDateField source="endDate" label="bt.trainee.to" />
              <TextField source="clinicalSupervisor.name" label="bt.trainee.clinical_supervisor" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="plan.tab" path="plan">
          <TrainingPlanTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="checkpoints.tab" path="checkpoints">
          <CheckpointsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="bt.trainee.employment">
          <FieldRow>
            <TextField source="givenName" />
            <TextField source="familyName" />
            <TextField source="personalIdentityNumber" />
          </FieldRow>
          <TextField source="site.name" label="resources.trainees.fields.site" />
          <TextField source="cohort.name" label="resources.trainees.fields.cohort" />
          <FieldRow>
            <IsoDateField source="employmentStart" />
            <IsoDateField source="employmentEnd" />
            <LocaleNumberField source="monthsServed" />
          </FieldRow>
          <FieldRow>
            <SelectField source="employmentForm" choices={employmentFormChoices} />
            <TextField source="stUnit.name" label="resources.trainees.fields.stUnit" emptyText="–" />
          </FieldRow>
          <TextField source="mainSupervisor.name" label="resources.trainees.fields.mainSupervisor" emptyText="–" />
          <ExitConversationSection />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="bt.trainee.certificates">
          <ArrayField source="certificates" label="bt.trainee.certificates">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <FunctionField label="bt.trainee.certificate" render={(c: { kind: string }) => translate(`certificateKinds.${c.kind}`)} />
              <FunctionField label="bt.trainee.status" render={(c: { status: string }) => translate(`certificateStatuses.${c.status}`)} />
              <FunctionField
                label="bt.trainee.signatures"
                render={(c: { signatures: Signature[] }) => c.signatures.map((s) => `${s.signer.name} (${s.signedAt.slice(0, 10)})`).join(', ') || '–'}
              />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        {hasPermission(permissions, 'READ_ABSENCES') && (
          <TabbedShowLayout.Tab label="absence.tab" path="absence">
            <AbsenceTab />
          </TabbedShowLayout.Tab>
        )}
        {hasPermission(permissions, 'READ_SALARY') && (
          <TabbedShowLayout.Tab label="salary.title">
            <SalaryTab />
          </TabbedShowLayout.Tab>
        )}
        {hasPermission(permissions, 'READ_WORKING_TIME') && (
          <TabbedShowLayout.Tab label="workingTime.tab" path="working-time">
            <WorkingTimeTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
