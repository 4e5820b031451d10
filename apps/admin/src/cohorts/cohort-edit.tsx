import { Edit } from 'react-admin';
import { CohortForm } from './cohort-form';

export function CohortEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <CohortForm />
    </Edit>
  );
}
