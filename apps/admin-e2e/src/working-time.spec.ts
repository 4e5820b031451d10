import { EMPLOYMENT_JOBS } from '@bt/employment';
import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import type { Page } from 'playwright-core';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

/**
 * The quarterly check as the scheduled job runs it on 1 October (ABS-6): the demo data has monthly hours
 * but no flags until it has run. The graph's day is the seed's (2026-11-22), so Q3 2026 has ended.
 */
async function runQuarterCheck(graph: TestGraph): Promise<void> {
  const job = EMPLOYMENT_JOBS.find((candidate) => candidate.name === 'extra-hours-quarter-check')!;
  const summary = await job.run({
    today: '2026-10-01',
    dataSource: graph.databases.employment.dataSource,
    log: { info: () => undefined, error: () => undefined },
  });
  expect(summary).toMatch(/^Kvartal 3 2026: [1-9]\d* BT-läkare över ATL-gränserna/);
}

async function inEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Svenska/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
}

describe(`working time (ABS-5, ABS-6, ABS-7) in chromium on ${testEngine()}`, () => {
  const suite = browserSuite(runQuarterCheck);
  const siteId = (name: string) => suite.graph.data.sites.find((site) => site.name === name)!.id;
  /** A Växjö trainee employed all of 2026 with light months (under 60 h in October, so Q4 has no alert yet). */
  const lightTrainee = () =>
    suite.graph.data.trainees.find((trainee) => {
      const months = suite.graph.data.extraHoursMonths.filter((row) => row.traineeId === trainee.id);
      const october = months.find((row) => row.month === '2026-10');
      return trainee.siteId === siteId('Växjö') && months.some((row) => row.month === '2026-01') && october !== undefined && october.minutes < 20 * 60;
    })!;

  it('ABS-6: HR records a month of extra hours for a trainee (a new figure replaces the month’s) and sees the quarter’s alert, then reconciles Växjö’s Q3', async () => {
    const page = suite.page;
    const trainee = lightTrainee();
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await page.goto(`${suite.admin.url}/#/trainees/${trainee.id}/show/working-time`);
    await page.locator('[data-quarter="4"]').waitFor();
    expect(await page.locator('[data-quarter="4"][data-over-alert]').count()).toBe(0);
    await page.getByText('En ny siffra ersätter den som redan finns för månaden', { exact: false }).waitFor();

    await page.getByLabel('Månad', { exact: true }).fill('2026-10');
    await page.getByLabel('Extra timmar', { exact: true }).fill('70,5');
    await page.getByRole('button', { name: 'Registrera månaden' }).click();
    await page.getByText('Månadens extra timmar är registrerade.').waitFor();
    await page.locator('[data-month="2026-10"][data-hours="70.5"]').waitFor();
    await page.locator('[data-quarter="4"][data-over-alert]').getByText('Över 60 timmar').waitFor();
    // the month's row is replaced, not added
    expect(await page.locator('[data-month="2026-10"]').count()).toBe(1);
    expect(await page.locator('[data-projection]').innerText()).toMatch(/av högst 250 timmar/);
    // a second figure for October replaces the first
    await page.getByLabel('Extra timmar', { exact: true }).fill('65');
    await page.getByRole('button', { name: 'Registrera månaden' }).click();
    await page.locator('[data-month="2026-10"][data-hours="65"]').waitFor();
    expect(await page.locator('[data-month="2026-10"]').count()).toBe(1);
    await page.locator('[data-flexitime]').waitFor();
    await page.locator('[data-on-call-left]').waitFor();
    await keepScreenshot(page, 'working-time-tab-sv');

    // ABS-5: HR records on-call hours for the current placement; more leave taken than earned is refused at the input, nothing typed lost
    const left = page.locator('[data-on-call-left]');
    const leftBefore = Number(await left.getAttribute('data-on-call-left'));
    await page.locator('[data-on-call] tbody tr').nth(-2).getByRole('button', { name: 'Registrera' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Intjänad jourkomp (timmar)').fill('10');
    await dialog.getByLabel('Uttagen jourkompledighet (timmar)').fill('500');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/Uttagen jourkompledighet blir .* timmar men bara .* timmar har tjänats in som ledighet/).waitFor();
    expect(await dialog.getByLabel('Intjänad jourkomp (timmar)').inputValue()).toBe('10');
    await dialog.getByLabel('Uttagen jourkompledighet (timmar)').fill('2');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    // 10 h earned: 70 % (7 h) as leave, 2 h taken
    await page.locator(`[data-on-call-left="${(Math.round(leftBefore * 60) + 300) / 60}"]`).waitFor();

    // HR reconciles Q3 for Växjö from the quarterly page, after being asked
    await page.goto(`${suite.admin.url}/#/extra-hours`);
    await page.locator('[data-extra-hours-flags]').waitFor();
    await page.getByLabel('Huvudort').click();
    await page.getByRole('option', { name: 'Växjö' }).click();
    await page.locator('[data-reconciliation="open"]').waitFor();
    await page.getByRole('button', { name: 'Stäm av kvartalet' }).click();
    const question = page.locator('[data-consequence-dialog]');
    await question.getByText('kan inte ångras', { exact: false }).waitFor();
    await question.getByRole('button', { name: 'Stäm av', exact: true }).click();
    await page
      .locator('[data-reconciliation="done"]')
      .getByText(/^Avstämt .* av .*: \d+ flaggade\.$/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Registrera plan' }).count()).toBe(0); // HR has no PLAN_EXTRA_HOURS

    await page.goto(`${suite.admin.url}/#/trainees/${trainee.id}/show/working-time`);
    await page.locator('[data-quarter="3"][data-reconciled]').getByText('Avstämt av HR').waitFor();
  });

  it('ABS-6: the Director opens the quarterly list with its chart, records the plan made with a flagged trainee and sees it in the list', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.getByRole('menuitem', { name: 'Extra timmar', exact: true }).click();
    const flags = page.locator('[data-extra-hours-flags]');
    await flags.waitFor();
    expect(Number(await flags.getAttribute('data-extra-hours-flags'))).toBeGreaterThan(0);
    await page.locator('[data-extra-hours-chart] svg').first().waitFor();
    const row = page.locator('[data-flag]').first();
    const traineeId = (await row.getAttribute('data-flag'))!;
    expect(await row.locator('[data-plans="0"]').count()).toBe(1);

    await row.getByRole('button', { name: 'Registrera plan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Planen (arbetstid, ledighet, färre extra pass)').fill('Inga extra pass i december; kompledigt vecka 51.');
    await dialog.getByLabel('Dag då planen gjordes').fill('2026-11-20');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Planen är registrerad.').waitFor();
    const planned = page.locator(`[data-flag="${traineeId}"]`);
    await planned.locator('[data-plans="1"]').getByText('Inga extra pass i december; kompledigt vecka 51.').waitFor();
    await planned.getByText(/^2026-11-20, Sofia Eriksson$/).waitFor();
    await keepScreenshot(page, 'extra-hours-page-sv');
  });

  it('the deputy director sees only Ljungby’s flagged trainees (ORG-1)', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'bitr-atbt-chef');
    await page.goto(`${suite.admin.url}/#/extra-hours`);
    await page.locator('[data-extra-hours-flags]').waitFor();
    const ljungby = suite.graph.data.trainees.filter((trainee) => trainee.siteId === siteId('Ljungby')).map((trainee) => trainee.id);
    const shown = await page.locator('[data-flag]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-flag')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((id) => !ljungby.includes(id!))).toEqual([]);
  });

  it('in English: the working time tab and the quarterly list', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'atbt-chef');
    await inEnglish(page);
    await page.goto(`${suite.admin.url}/#/trainees/${lightTrainee().id}/show/working-time`);
    await page.getByText('Extra hours (Working Hours Act)').waitFor();
    await page
      .locator('[data-on-call-left]')
      .getByText(/^Time off left at the end of BT/)
      .waitFor();
    await keepScreenshot(page, 'working-time-tab-en');
    await page.goto(`${suite.admin.url}/#/extra-hours`);
    await page.locator('[data-extra-hours-chart] svg').first().waitFor();
    await page.getByRole('columnheader', { name: 'Hours in the quarter' }).waitFor();
    await keepScreenshot(page, 'extra-hours-page-en');
  });

  it('a director of studies has no working time tab and no quarterly list', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'studierektor-primar');
    await page.goto(`${suite.admin.url}/#/trainees/${lightTrainee().id}/show`);
    await page.getByRole('tab', { name: 'Anställning' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Arbetstid' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Extra timmar', exact: true }).count()).toBe(0);
    // the typed address says "not allowed"
    await page.goto(`${suite.admin.url}/#/extra-hours`);
    await page.locator('[data-not-allowed]').getByRole('heading', { name: 'Inte tillåtet' }).waitFor();
    expect(await page.locator('[data-extra-hours-page]').count()).toBe(0);
  });
});
