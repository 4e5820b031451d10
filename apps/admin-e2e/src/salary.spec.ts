import type { Browser, Page } from 'playwright-core';
import { startTestGraph, testEngine, type TestGraph } from '@bt/testing';
import { buildAdmin, serveAdmin } from './support/admin-server';
import { keepScreenshot, launchBrowser, signIn } from './support/browser';

describe(`salaries in chromium on ${testEngine()}`, () => {
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

  const trainee = () => graph.data.trainees.find((t) => t.cohortId === graph.data.cohorts.find((c) => c.name === 'VT 2026 Växjö')!.id)!;

  it('EMP-2: the Director sees the salary history and sets a new salary from a date', async () => {
    await signIn(page, admin.url, 'atbt-chef');
    await page.goto(`${admin.url}/#/trainees/${trainee().id}/show`);
    await page.getByRole('tab', { name: 'Lön' }).click();
    await page.locator('[data-salary]').first().waitFor();
    const before = await page.locator('[data-salary]').count();

    await page.getByLabel('Månadslön (kr)').fill('47 100');
    await page.getByLabel('Gäller från').fill('2026-11-01');
    await page.getByLabel('Anteckning').fill('Lönesamtal hösten 2026');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Lönen sparades.').waitFor();
    await page.locator('[data-salary="4710000"]').waitFor();
    expect(await page.locator('[data-salary]').count()).toBe(before + 1);
  });

  it('a director of studies has no salary tab', async () => {
    await signIn(page, admin.url, 'studierektor-primar');
    await page.goto(`${admin.url}/#/trainees/${trainee().id}/show`);
    await page.getByRole('tab', { name: 'Anställning' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Lön' }).count()).toBe(0);
  });
});
