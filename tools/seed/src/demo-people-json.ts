import { demoViewers } from '@bt/demo-people';
import { buildSeedData } from './seed-data';

/** The development sign-in's demo people of the default demo data, as libs/demo-people keeps them. */
export function demoPeopleJson(): string {
  return `${JSON.stringify([...demoViewers(buildSeedData()).values()], null, 2)}\n`;
}
