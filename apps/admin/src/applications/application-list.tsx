import { Button, Chip } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  Link,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { applicationStateChoices } from '../common/choices';
import { hasPermission, type Permissions } from '../permissions';
import { ApplicationPipeline } from './application-pipeline';
import { useNoticeText } from '../common/use-notice-text';
import type { Notice } from '../data/graphql-error';

const applicationFilters = [
  <ReferenceInput key="roundId" source="roundId" reference="recruitmentRounds" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <TextInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="preferredSiteId" source="preferredSiteId" reference="sites">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="state" source="state" choices={applicationStateChoices} />,
  <BooleanInput key="eligible" source="eligible" />,
];

/** REC-1: "Sen" on an application received after the deadline: out of screening until admitted, or admitted. */
function LateChip({ late, lateAdmittedAt }: { late: boolean; lateAdmittedAt: string | null }) {
  const translate = useTranslate();
  if (!late) return null;
  return lateAdmittedAt ? (
    <Chip size="small" variant="outlined" label={translate('recruitment.late_admitted_short')} data-late-chip="admitted" />
  ) : (
    <Chip size="small" color="warning" label={translate('recruitment.late_short')} data-late-chip="late" />
  );
}

function IneligibilityReasons({ notices }: { notices: Notice[] }) {
  const say = useNoticeText();
  return <>{notices.map(say).join(' ') || '–'}</>;
}

function ApplicationListActions() {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {hasPermission(permissions, 'HANDLE_APPLICATIONS') && (
        <Button component={Link} to="/applications/import">
          {translate('recruitment.import')}
        </Button>
      )}
    </TopToolbar>
  );
}

/** The applications board: each with its round, pipeline by state, filters (kept when you come back), and why an application is not eligible (REC-3). */
export function ApplicationList() {
  return (
    <List exporter={false} filters={applicationFilters} actions={<ApplicationListActions />} aside={undefined}>
      <ApplicationPipeline />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <TextField source="round.name" label="resources.applications.fields.round" sortable={false} />
        <TextField source="preferredSite.name" label="resources.applications.fields.preferredSite" sortable={false} />
        <SelectField source="state" choices={applicationStateChoices} sortable={false} />
        <FunctionField source="late" sortable={false} render={(a: { late: boolean; lateAdmittedAt: string | null }) => <LateChip {...a} />} />
        <FunctionField
          source="ineligibilityReasons"
          sortable={false}
          render={(a: { ineligibilityNotices: Notice[] }) => <IneligibilityReasons notices={a.ineligibilityNotices} />}
        />
        <IsoDateField source="interview.startsAt" label="resources.applications.fields.interview" sortable={false} />
        <IsoDateField source="offer.answerBy" label="recruitment.answer_by" sortable={false} />
        <IsoDateField source="receivedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
