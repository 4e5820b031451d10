import path from 'node:path';
import { isRole, type Viewer } from '@bt/auth';
import committed from './demo-people.json';

/** The demo people of the default demo data, written by `npm run demo-people` (tools/seed checks it is current). */
export const DEMO_PEOPLE_FILE = path.resolve(__dirname, '../src/demo-people.json');

/** The viewers the gateway's development sign-in offers: the seeded staff and trainees, by username. */
export function committedDemoViewers(): Map<string, Viewer> {
  return new Map(
    committed.map((viewer) => {
      const unknown = viewer.roles.find((role) => !isRole(role));
      if (unknown) throw new Error(`${DEMO_PEOPLE_FILE}: okänd roll ${unknown} för ${viewer.username}`);
      return [viewer.username, viewer as Viewer];
    }),
  );
}
