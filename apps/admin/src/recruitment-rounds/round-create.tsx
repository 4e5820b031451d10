import { Create } from 'react-admin';
import { RoundForm } from './round-form';

export function RoundCreate() {
  return (
    <Create redirect="show">
      <RoundForm />
    </Create>
  );
}
