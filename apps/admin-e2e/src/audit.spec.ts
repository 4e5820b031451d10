import { AuditEvent, Person } from '@bt/employment';
import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const UPDATE_PERSON = 'mutation ($id: ID!, $version: Int!, $input: PersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id } }';

/** A role change by the Director, so that the trail holds an event with old and new values. */
async function changeRoles(graph: TestGraph): Promise<void> {
  const { id, name, title, siteId, unitId } = graph.data.people.find((p) => p.username === 'hr-samordnare')!;
  const input = { name, title, siteId, unitId, roles: ['HR_COORDINATOR', 'EXTERNAL_ASSESSOR'] };
  const { version } = await graph.databases.employment.dataSource.getRepository(Person).findOneByOrFail({ id });
  const answer = await graph.query(UPDATE_PERSON, { token: graph.tokenFor('atbt-chef'), variables: { id, version, input } });
  if (answer.errors) throw new Error(answer.errors[0].message);
}

describe(`the audit trail in chromium on ${testEngine()}`, () => {
  const suite = browserSuite(changeRoles);

  it('the Director reads the audit trail: a role change with old and new roles, read-only', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('menuitem', { name: 'Granskningslogg' }).click();
    await suite.page.getByText('Ändrade roller').first().waitFor();
    await suite.page.getByText('Extern bedömare, HR-samordnare').first().waitFor();
    await suite.page.getByText('Begärans id').first().waitFor();
    // the sign-in by its name, not its code, at the time it was in Sweden
    await suite.page.getByText('Utvecklingsinloggning').first().waitFor();
    const [latest] = await suite.graph.databases.employment.dataSource.getRepository(AuditEvent).find({ order: { occurredAt: 'DESC' }, take: 1 });
    const swedish = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(latest.occurredAt);
    expect(await suite.page.locator('tbody').innerText()).toContain(swedish);
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await suite.page.getByRole('button', { name: /Ta bort|Skapa/ }).count()).toBe(0);
  });

  it('the audit trail in English', async () => {
    await suite.inEnglish();
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('button', { name: /Svenska/i }).click();
    await suite.page.getByRole('menuitem', { name: 'English' }).click();
    await suite.page.getByRole('menuitem', { name: 'Audit trail' }).click();
    await suite.page.getByText('Changed roles').first().waitFor();
    await suite.page.getByText('Request id').first().waitFor();
    await suite.page.getByText('Development sign-in').first().waitFor();
  });

  it('at 800 px the trail fits the window: no sideways scrolling of the page', async () => {
    await suite.page.setViewportSize({ width: 800, height: 1000 });
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/auditEvents`);
    await suite.page.getByText('Ändrade roller').first().waitFor();
    expect(await suite.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  });

  it('HR has no audit trail in the menu', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.getByRole('menuitem', { name: 'Kullar' }).waitFor();
    expect(await suite.page.getByRole('menuitem', { name: 'Granskningslogg' }).count()).toBe(0);
  });
});
