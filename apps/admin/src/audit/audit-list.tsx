import { Datagrid, DateField, DateInput, List, ReferenceInput, SelectInput, TextField, TextInput } from 'react-admin';

/** A day from the date picker as the start of that day in UTC, what the audit filter's `from`/`to` take. */
const startOfDay = (day: string) => (day ? `${day}T00:00:00.000Z` : null);
const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');

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
  <DateInput key="to" source="to" alwaysOn parse={startOfDay} format={dayOf} />,
];

/** The audit trail for the Director: who did what, when, in which request and from where. Read-only. */
export function AuditList() {
  return (
    <List exporter={false} filters={auditFilters} sort={{ field: 'occurredAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="occurredAt" showTime />
        <TextField source="actorUsername" />
        <TextField source="action" />
        <TextField source="entityType" sortable={false} />
        <TextField source="entityId" sortable={false} />
        <TextField source="oldValue" sortable={false} emptyText="–" />
        <TextField source="newValue" sortable={false} emptyText="–" />
        <TextField source="requestId" sortable={false} emptyText="–" />
        <TextField source="clientAddress" sortable={false} emptyText="–" />
      </Datagrid>
    </List>
  );
}
