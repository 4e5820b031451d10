import { Button } from '@mui/material';
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

/** The applications board: pipeline by state, filters, and why an application is not eligible (REC-3). */
export function ApplicationList() {
  return (
    <List exporter={false} filters={applicationFilters} actions={<ApplicationListActions />} aside={undefined}>
      <ApplicationPipeline />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <TextField source="preferredSite.name" label="resources.applications.fields.preferredSite" sortable={false} />
        <SelectField source="state" choices={applicationStateChoices} sortable={false} />
        <FunctionField
          source="ineligibilityReasons"
          sortable={false}
          render={(a: { ineligibilityReasons: string[] }) => a.ineligibilityReasons.join(' ') || '–'}
        />
        <IsoDateField source="interview.startsAt" label="resources.applications.fields.interview" sortable={false} />
        <IsoDateField source="offer.answerBy" label="recruitment.answer_by" sortable={false} />
        <IsoDateField source="receivedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
