import { SaveButton, Toolbar } from 'react-admin';

/** For records that cannot be deleted from the dashboard (trainees, units, staff): save only. */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
