import { Divider } from '@mui/material';
import { BooleanField, EditButton, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { applicationStateChoices } from '../common/choices';
import { hasPermission, type Permissions } from '../permissions';
import { RequirementPanel } from './requirement-panel';
import { CriminalRecordPanel, OfferPanel, SylfPanel } from './offer-panel';
import { ApplicationAggregate } from './score-aggregate';
import { InterviewBooking } from './interview-booking';
import { FieldRow } from '../common/field-row';
import { LatePanel } from './late-panel';

function ApplicationActions() {
  const { permissions } = usePermissions<Permissions>();
  return <TopToolbar>{hasPermission(permissions, 'HANDLE_APPLICATIONS') && <EditButton />}</TopToolbar>;
}

/** An application: who, eligibility (REC-3) with evidence, merits (REC-5), interview, SYLF, check and offer. */
export function ApplicationShow() {
  return (
    <Show actions={<ApplicationActions />}>
      <SimpleShowLayout>
        <FieldRow>
          <TextField source="name" />
          <TextField source="personalIdentityNumber" />
          <TextField source="externalId" />
        </FieldRow>
        <FieldRow>
          <TextField source="email" emptyText="–" />
          <TextField source="phone" emptyText="–" />
          <TextField source="preferredSite.name" label="resources.applications.fields.preferredSite" />
          <IsoDateField source="receivedAt" />
        </FieldRow>
        <FieldRow>
          <TextField source="round.name" label="resources.applications.fields.round" />
          <SelectField source="state" choices={applicationStateChoices} />
        </FieldRow>
        <LatePanel />
        <Divider />
        <RequirementPanel />
        <Divider />
        <FieldRow>
          <NumberField source="merits.underlakareMonthsSweden" />
          <NumberField source="merits.underlakareMonthsRegion" />
          <BooleanField source="merits.doctoralDegree" />
          <TextField source="merits.researchMerits" emptyText="–" />
          <TextField source="merits.otherHigherEducation" emptyText="–" />
          <TextField source="merits.earlierEmploymentInRegion" emptyText="–" />
        </FieldRow>
        <Divider />
        <InterviewBooking />
        <SylfPanel />
        <CriminalRecordPanel />
        <OfferPanel />
        <ApplicationAggregate />
      </SimpleShowLayout>
    </Show>
  );
}
