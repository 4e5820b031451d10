import { Labeled, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { directorOfStudiesScopeChoices } from '../common/choices';
import { RolesField } from '../common/roles-field';
import { SupervisorRegister } from './supervisor-register';

export function PersonShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="title" emptyText="–" />
        <Labeled label="resources.people.fields.roles">
          <RolesField />
        </Labeled>
        <TextField source="site.name" label="resources.people.fields.site" emptyText="–" />
        <TextField source="unit.name" label="resources.people.fields.unit" emptyText="–" />
        <SelectField source="directorOfStudiesScope" choices={directorOfStudiesScopeChoices} emptyText="–" />
        <TextField source="username" />
        <SupervisorRegister />
      </SimpleShowLayout>
    </Show>
  );
}
