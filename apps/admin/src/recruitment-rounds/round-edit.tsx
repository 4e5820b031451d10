import { Edit } from 'react-admin';
import { RoundForm } from './round-form';

export function RoundEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <RoundForm />
    </Edit>
  );
}
