import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';

/** Kullar: filter by site and year (and a name search). */
export const cohortFilters = [
  <ReferenceInput key="siteId" source="siteId" reference="sites" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NumberInput key="year" source="year" min={2021} max={2100} alwaysOn />,
  <TextInput key="q" source="q" />,
];
