import { Divider, Stack } from '@mui/material';
import { BooleanField, DateField, EditButton, FunctionField, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions } from 'react-admin';
import { IsoDateField } from '../common/iso-date-field';
import { applicationStateChoices } from '../common/choices';
import { can } from '../permissions';
import { RequirementPanel } from './requirement-panel';
import { CriminalRecordPanel, OfferPanel, SylfPanel } from './offer-panel';
import { ApplicationAggregate } from './score-aggregate';

function ApplicationActions() {
  const { permissions } = usePermissions<string[]>();
  return <TopToolbar>{can.handleApplications(permissions) && <EditButton />}</TopToolbar>;
}

/** An application: who, eligibility (REC-3) with evidence, merits (REC-5), interview, SYLF, check and offer. */
export function ApplicationShow() {
  return (
    <Show actions={<ApplicationActions />}>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4}>
          <TextField source="name" />
          <TextField source="personalIdentityNumber" />
          <TextField source="externalId" />
        </Stack>
        <Stack direction="row" spacing={4}>
          <TextField source="email" emptyText="–" />
          <TextField source="phone" emptyText="–" />
          <TextField source="preferredSite.name" label="resources.applications.fields.preferredSite" />
          <IsoDateField source="receivedAt" />
        </Stack>
        <Stack direction="row" spacing={4}>
          <TextField source="round.name" label="resources.applications.fields.round" />
          <SelectField source="state" choices={applicationStateChoices} />
        </Stack>
        <Divider />
        <RequirementPanel />
        <Divider />
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
          <NumberField source="merits.underlakareMonthsSweden" />
          <NumberField source="merits.underlakareMonthsRegion" />
          <BooleanField source="merits.doctoralDegree" />
          <TextField source="merits.researchMerits" emptyText="–" />
          <TextField source="merits.otherHigherEducation" emptyText="–" />
          <TextField source="merits.earlierEmploymentInRegion" emptyText="–" />
        </Stack>
        <Divider />
        <FunctionField
          source="interview"
          render={(a: { interview: { startsAt: string } | null }) => (a.interview ? <DateField record={a.interview} source="startsAt" showTime locales="sv-SE" /> : '–')}
        />
        <SylfPanel />
        <CriminalRecordPanel />
        <OfferPanel />
        <ApplicationAggregate />
      </SimpleShowLayout>
    </Show>
  );
}
