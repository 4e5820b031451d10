import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { buildAdmin, serveAdmin } from './support/admin-server';
import { keepScreenshot, launchBrowser, signIn } from './support/browser';
import { roundReadyForScoring, scoreAndSubmitAs } from './support/recruitment-setup';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');

describe(`a panel member scores in chromium on ${testEngine()}`, () => {
  let graph: TestGraph;
  let admin: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let round: { roundId: string; applicants: { id: string; name: string }[] };

  beforeAll(async () => {
    buildAdmin();
    graph = await startTestGraph();
    round = await roundReadyForScoring(graph, fs.readFileSync(SAMPLE_CSV, 'utf8'));
    admin = await serveAdmin(new URL(graph.gatewayUrl).origin);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 }, locale: 'sv-SE' });
  });
  afterAll(async () => {
    if (page) await keepScreenshot(page, 'panel-member-scores-and-submits');
    await browser?.close();
    await admin?.stop();
    await graph?.stop();
  });

  it('REC-4: signs in, scores a candidate on every criterion, submits, and then (three submitted) sees the panel’s aggregate, locked', async () => {
    const candidate = round.applicants[0];
    // the aggregate is shown only once at least three members have submitted: the two others first
    await scoreAndSubmitAs(graph, 'hr-samordnare', candidate.id, 3);
    await scoreAndSubmitAs(graph, 'atbt-chef', candidate.id, 5);
    await signIn(page, admin.url, 'studierektor-sluten');
    await page.getByRole('menuitem', { name: 'Min bedömning' }).click();
    await page.locator(`[data-candidate="${candidate.id}"]`).getByRole('link', { name: candidate.name }).click();

    const criteria = page.locator('[data-criterion]');
    await criteria.first().waitFor();
    const count = await criteria.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i += 1) {
      const criterion = criteria.nth(i);
      await criterion.getByRole('radio', { name: '4' }).check();
      await criterion.getByRole('button', { name: 'Spara' }).click();
      await page.getByText('Poängen sparades.').first().waitFor();
    }
    await page.getByRole('button', { name: 'Lämna in bedömningen' }).click();
    await page.getByText(/Bedömningen är inlämnad/).waitFor();
    await page.locator('[data-aggregate]').waitFor();
    expect(await page.locator('[data-criterion]').first().getByRole('button', { name: 'Spara' }).isDisabled()).toBe(true);

    const response = await graph.query<{ application: { myScoresSubmitted: boolean; myScores: { value: number }[] } }>(
      `query ($id: ID!) { application(id: $id) { myScoresSubmitted myScores { value } } }`,
      { token: graph.tokenFor('studierektor-sluten'), variables: { id: candidate.id } },
    );
    expect(response.data!.application.myScoresSubmitted).toBe(true);
    expect(response.data!.application.myScores.map((score) => score.value)).toEqual(Array(count).fill(4));
  });
});
