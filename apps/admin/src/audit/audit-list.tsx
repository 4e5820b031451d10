import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, DateField, DateInput, FunctionField, List, ReferenceInput, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';

/** A day from the date picker as the start of that day in UTC, what the audit filter's `from`/`to` take. */
const startOfDay = (day: string) => (day ? `${day}T00:00:00.000Z` : null);
const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');

interface AuditValues {
  oldValue?: string | null;
  newValue?: string | null;
}

/** A stored list (`A,B`) as people read it: roles and sign-in methods by their names (other values as stored), with room to wrap. */
const listed = (value: string | null | undefined, translate: (key: string, options: { _: string }) => string) =>
  value
    ? value
        .split(',')
        .map((item) => translate(`roles.${item}`, { _: translate(`resources.auditEvents.values.${item}`, { _: item }) }))
        .join(', ')
    : '–';

/** Times as they were in Sweden, wherever the reader's browser is. */
const SWEDISH_TIME: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'medium' };

const auditFilters = [
  <ReferenceInput key="personId" source="personId" reference="people" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput
    key="subjectType"
    source="subjectType"
    alwaysOn
    choices={['Person', 'Trainee', 'Application', 'RecruitmentRound', 'SalaryGuideline', 'Query', 'Mutation'].map((id) => ({
      id,
      name: `resources.auditEvents.subjects.${id}`,
    }))}
  />,
  <TextInput key="subjectId" source="subjectId" />,
  <DateInput key="from" source="from" alwaysOn parse={startOfDay} format={dayOf} />,
  <DateInput key="to" source="to" parse={startOfDay} format={dayOf} />,
];

/** The audit trail for the Director: who did what, when, in which request and from where. Read-only. */
export function AuditList() {
  const translate = useTranslate();
  // a narrow window shows who did what when; ids and addresses need the width of a desktop
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'));
  return (
    <List exporter={false} filters={auditFilters} sort={{ field: 'occurredAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } }}>
        <DateField source="occurredAt" showTime options={SWEDISH_TIME} />
        <TextField source="actorUsername" />
        <FunctionField
          source="action"
          render={(event: { action: string }) => translate(`resources.auditEvents.actions.${event.action}`, { _: event.action })}
        />
        {wide && <TextField source="entityType" sortable={false} />}
        {wide && <TextField source="entityId" sortable={false} />}
        <FunctionField source="oldValue" sortable={false} render={(event: AuditValues) => listed(event.oldValue, translate)} />
        <FunctionField source="newValue" sortable={false} render={(event: AuditValues) => listed(event.newValue, translate)} />
        {wide && <TextField source="requestId" sortable={false} emptyText="–" />}
        {wide && <TextField source="clientAddress" sortable={false} emptyText="–" />}
      </Datagrid>
    </List>
  );
}
