import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';

/** BT-läkare: site, cohort, current unit, main supervisor and a name search (plus the start page's filters). */
export function traineeFilters(canListStaff: boolean) {
  return [
    <TextInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="siteId" source="siteId" reference="sites" alwaysOn>
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <ReferenceInput key="cohortId" source="cohortId" reference="cohorts" sort={{ field: 'startDate', order: 'DESC' }} alwaysOn>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
    <ReferenceInput key="currentUnitId" source="currentUnitId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
    ...(canListStaff
      ? [
          <ReferenceInput
            key="mainSupervisorId"
            source="mainSupervisorId"
            reference="people"
            filter={{ role: 'MAIN_SUPERVISOR' }}
            sort={{ field: 'name', order: 'ASC' }}
          >
            <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
          </ReferenceInput>,
        ]
      : []),
    <BooleanInput key="active" source="active" />,
    <BooleanInput key="withoutMainSupervisor" source="withoutMainSupervisor" />,
    <NumberInput key="placementStartingWithinDays" source="placementStartingWithinDays" min={0} max={365} />,
  ];
}
