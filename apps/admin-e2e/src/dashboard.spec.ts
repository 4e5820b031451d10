import type { Browser, Page } from 'playwright-core';
import { signToken } from '@bt/auth';
import { startTestGraph, testEngine, type TestGraph } from '@bt/testing';
import { buildAdmin, serveAdmin } from './support/admin-server';
import { keepScreenshot, launchBrowser, signIn } from './support/browser';

describe(`the dashboard in chromium on ${testEngine()}`, () => {
  let graph: TestGraph;
  let admin: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildAdmin();
    graph = await startTestGraph();
    admin = await serveAdmin(new URL(graph.gatewayUrl).origin);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
    await graph?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
  });
  afterEach(async () => {
    await keepScreenshot(page, expect.getState().currentTestName!.replace(/[^\wåäöÅÄÖ-]+/g, '_'));
    await page.close();
  });

  const cohortTrainees = (name: string) => {
    const cohort = graph.data.cohorts.find((c) => c.name === name)!;
    return graph.data.trainees.filter((t) => t.cohortId === cohort.id);
  };

  it('the Director signs in, filters the cohorts to Ljungby, opens a trainee and sees placements and the goal grid', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    await page.getByRole('menuitem', { name: 'Kullar' }).click();
    await page.getByText('VT 2027 Växjö').waitFor();

    await page.getByRole('combobox', { name: 'Huvudort' }).click();
    await page.getByRole('option', { name: 'Ljungby' }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tbody tr')];
      return rows.length === 3 && rows.every((row) => row.textContent?.includes('Ljungby'));
    });

    await page.getByText('VT 2026 Ljungby').click();
    const [trainee] = cohortTrainees('VT 2026 Ljungby');
    const name = `${trainee.givenName} ${trainee.familyName}`;
    await page.getByText(name).click();

    await page.locator('[data-placement]').first().waitFor();
    expect(await page.locator('[data-placement]').count()).toBe(5);
    const cells = page.locator('[role="table"][aria-label="Kompetensprofil"] [data-goal]');
    expect(await cells.count()).toBe(18);
    const levels = await cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-level')));
    expect(levels.every((level) => /^[0-5]$/.test(level ?? ''))).toBe(true);
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(1);
  });

  it('a director of studies finds employment editing absent', async () => {
    await signIn(page, admin.url, 'studierektor-primar');
    const [trainee] = cohortTrainees('VT 2026 Växjö');
    await page.getByRole('menuitem', { name: 'BT-läkare' }).click();
    await page.getByLabel('Sök namn').fill(trainee.familyName);
    await page.waitForFunction((familyName) => {
      const rows = [...document.querySelectorAll('tbody tr')];
      return rows.length > 0 && rows.every((row) => row.textContent?.includes(familyName));
    }, trainee.familyName);
    await page.getByText(`${trainee.givenName} ${trainee.familyName}`).click();
    await page.locator('[data-placement]').first().waitFor();
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);

    // without an edit view for this role, the edit address shows the list instead of a form
    await page.goto(`${admin.url}/#/trainees/${trainee.id}`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByLabel('Personnummer').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Kullar' }).click();
    await page.getByText('VT 2027 Växjö').waitFor();
    expect(await page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
  });

  it('signs out back to the sign-in page', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.getByText('Utvecklingsläge: välj en demoanvändare.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('bt-admin.session'))).toBeNull();
  });

  it('returns to sign-in with a message when the token has expired', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    const expired = signToken(graph.viewer('atbt-chef'), graph.auth.jwtSecret, -60);
    await page.evaluate((token) => {
      const session = JSON.parse(sessionStorage.getItem('bt-admin.session')!);
      sessionStorage.setItem('bt-admin.session', JSON.stringify({ ...session, token }));
    }, expired);
    await page.getByRole('menuitem', { name: 'BT-läkare' }).click();
    await page.getByText('Din inloggning har gått ut. Logga in igen.').waitFor();
    await page.getByText('Utvecklingsläge: välj en demoanvändare.').waitFor();
  });

  it('shows the server’s reason when an edit is refused, and keeps the form', async () => {
    await signIn(page, admin.url, 'hr-samordnare');
    const [trainee] = cohortTrainees('VT 2027 Växjö');
    await page.goto(`${admin.url}/#/trainees/${trainee.id}`);
    const field = page.getByLabel('Personnummer');
    await field.waitFor();
    await field.fill('19900101-1234');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/kontrollsiffra/).waitFor();
    expect(await page.getByLabel('Personnummer').inputValue()).toBe('19900101-1234');
    expect(await page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
  });

  it('can be used in English', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Cohorts' }).waitFor();
    await page.getByRole('menuitem', { name: 'BT doctors' }).click();
    await page.getByText('Search name').first().waitFor();
  });
});
