import { Create } from 'react-admin';
import { CohortForm } from './cohort-form';

export function CohortCreate() {
  return (
    <Create redirect="show">
      <CohortForm />
    </Create>
  );
}
