import fs from 'node:fs';
import { DEMO_PEOPLE_FILE } from '@bt/demo-people';
import { demoPeopleJson } from './demo-people-json';

// npm run demo-people: writes the development sign-in's demo people after a change to the demo data
fs.writeFileSync(DEMO_PEOPLE_FILE, demoPeopleJson());
console.log(`Demoanvändarna skrevs till ${DEMO_PEOPLE_FILE}`);
