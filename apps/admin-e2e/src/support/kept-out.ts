import { signIn } from './browser';
import type { BrowserSuite } from './browser-suite';

/** A main supervisor (a role without the planning pages): no menu item for the page, and its typed address says "not allowed". */
export async function expectMainSupervisorKeptOut(suite: BrowserSuite, menuItem: string, address: string): Promise<void> {
  const supervisor = suite.graph.data.people.find((person) => suite.graph.data.mainSupervisions.some((supervision) => supervision.supervisorId === person.id))!;
  await signIn(suite.page, suite.admin.url, supervisor.username);
  await suite.page.getByRole('menuitem', { name: 'BT-läkare' }).waitFor();
  expect(await suite.page.getByRole('menuitem', { name: menuItem }).count()).toBe(0);
  await suite.page.goto(`${suite.admin.url}/#${address}`);
  await suite.page.locator('[data-not-allowed]').getByRole('heading', { name: 'Inte tillåtet' }).waitFor();
}
