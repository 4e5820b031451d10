import type { Browser, Page } from 'playwright-core';
import { startTestGraph, testEngine, type TestGraph } from '@bt/testing';
import { buildAdmin, serveAdmin } from './support/admin-server';
import { keepScreenshot, launchBrowser, signIn } from './support/browser';

describe(`recruitment rounds in chromium on ${testEngine()}`, () => {
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

  it('the Director creates a round, sees the REC-1 warning and the computed start, and moves it forward until REC-9 stops it', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    await page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await page.getByRole('link', { name: 'Skapa' }).click();
    await page.getByLabel('Namn').fill('BT-rekrytering VT 2028');
    await page.getByLabel('Annonsdatum').fill('2027-09-06');
    // two weeks instead of 3–4: allowed, with a warning (REC-1)
    await page.getByLabel('Sista ansökningsdag').fill('2027-09-20');
    await page.getByLabel('Intervjudagar').fill('2027-09-27, 2027-09-28');
    await page.getByRole('button', { name: 'Spara' }).click();

    await page.getByText('BT-rekrytering VT 2028').first().waitFor();
    await page.getByText('2028-01-17').waitFor(); // REC-1: Monday of ISO week 3, 2028
    await page.locator('[role="alert"]').first().waitFor();

    for (const state of ['Öppen för ansökan', 'Urval']) {
      await page.getByRole('button', { name: `Flytta till ${state}` }).click();
      await page.getByText(`Omgången är nu i läget ${state}.`).waitFor();
    }
    // REC-9: no panel yet, so the move to interviews is refused and says who is missing
    await page.getByRole('button', { name: 'Flytta till Intervjuer' }).click();
    await page.getByText(/saknar/).first().waitFor();

    // the Director seats HR on the interview stage from the round page
    await page.getByText('Ingen i rekryteringsgruppen ännu.').waitFor();
    const hr = graph.viewer('hr-samordnare');
    await page.getByRole('combobox', { name: 'Namn' }).click();
    await page.getByRole('option', { name: new RegExp(`^${hr.name}`) }).click();
    await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
    await page.getByRole('cell', { name: hr.name }).waitFor();

    // the rubric (REC-4): weights and scales are the Director's to set until interviews begin
    await page.getByLabel('Vikt 1').fill('0,5');
    await page.getByRole('button', { name: 'Spara bedömningsmallen' }).click();
    await page.getByText('Bedömningsmallen sparades.').waitFor();
  });

  it('a director of studies who is on no panel sees no rounds and cannot create one', async () => {
    await signIn(page, admin.url, 'studierektor-primar');
    await page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await page.getByText(/Inga rekryteringsomgångar|Inga Rekryteringsomgångar|Ingen/i).first().waitFor();
    expect(await page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
  });
});
