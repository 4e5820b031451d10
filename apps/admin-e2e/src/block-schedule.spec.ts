import { addDays } from '@bt/domain';
import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import { keepScreenshot, SCREEN_WIDTHS, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const COHORT = 'VT 2026 Växjö';
/** 13 times Kronoberg's cohorts: 52 trainees in the cohort, more than the block schedule's first page of 50. */
const SCALE = 13;
const PER_PAGE = 50;

/**
 * The trainee first in name order in the cohort (the first row of the block schedule's first page) has,
 * in the draft plan made at employment (EDU-5), the summer vacation in the month the demo's schedule
 * leaves free (ABS-4): the vacation row is test data, and a change of it through the graph publishes the
 * trainee's whole state to employment's read model.
 */
async function planWithVacation(graph: TestGraph): Promise<void> {
  const cohort = graph.data.cohorts.find((one) => one.name === COHORT)!;
  // the trainee's draft plan, made at employment once education has read employment's feed
  await graph.readModelsCurrent();
  const first = await graph.query<{ cohortBlockSchedule: { items: { trainee: { id: string } }[] } }>(
    'query ($cohortId: ID!) { cohortBlockSchedule(cohortId: $cohortId, perPage: 1) { items { trainee { id } } } }',
    { token: graph.tokenFor('atbt-chef'), variables: { cohortId: cohort.id } },
  );
  const trainee = graph.data.trainees.find((one) => one.id === first.data!.cohortBlockSchedule.items[0].trainee.id)!;
  const placements = graph.data.placements.filter((one) => one.traineeId === trainee.id).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const gap = placements.findIndex((one, index) => index > 0 && one.startDate > addDays(placements[index - 1].endDate, 1));
  const vacationId = 'b10c5c7e-0000-4000-8000-0000000000aa';
  const vacation = { startDate: addDays(placements[gap - 1].endDate, 1), endDate: addDays(placements[gap].startDate, -1) };
  await graph.databases.education.dataSource.query('INSERT INTO planned_vacation (id, traineeId, startDate, endDate) VALUES (?, ?, ?, ?)', [
    vacationId,
    trainee.id,
    vacation.startDate,
    vacation.endDate,
  ]);
  // a change of the plan through the graph publishes the trainee's whole state, the vacation with it
  const planned = await graph.query<{ trainingPlan: { version: number } }>('query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version } }', {
    token: graph.tokenFor('studierektor-sluten'),
    variables: { traineeId: trainee.id },
  });
  const response = await graph.query(
    'mutation ($id: ID!, $planVersion: Int!, $startDate: Date, $endDate: Date) { updatePlannedVacation(id: $id, planVersion: $planVersion, startDate: $startDate, endDate: $endDate) { id } }',
    { token: graph.tokenFor('studierektor-sluten'), variables: { id: vacationId, planVersion: planned.data!.trainingPlan.version, ...vacation } },
  );
  expect(response.errors).toBeUndefined();
  await graph.readModelsCurrent();
}

describe(`the cohort's block schedule and the capacity per unit in chromium on ${testEngine()}`, () => {
  const suite = browserSuite(planWithVacation, { scale: SCALE });
  const cohort = () => suite.graph.data.cohorts.find((one) => one.name === COHORT)!;

  async function toEnglish() {
    await suite.page.getByRole('button', { name: 'Svenska' }).click();
    await suite.page.getByRole('menuitem', { name: 'English' }).click();
    await suite.page.getByRole('button', { name: 'English' }).waitFor();
  }

  /** At 800 px the grid scrolls sideways inside itself; the page does not. */
  async function scrollsInsideOnly(selector: string) {
    await suite.page.setViewportSize({ width: SCREEN_WIDTHS[1], height: 1100 });
    const widths = await suite.page.evaluate((grid) => {
      const element = document.querySelector(grid)!;
      return { page: document.documentElement.scrollWidth, window: window.innerWidth, grid: element.scrollWidth, visible: element.clientWidth };
    }, selector);
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    expect(widths.grid).toBeGreaterThan(widths.visible);
    await suite.page.setViewportSize({ width: SCREEN_WIDTHS[0], height: 1100 });
  }

  it('EDU-5, ABS-4: the Director sees trainees × months coloured by kind with vacation and plan status, a page at a time, and opens a trainee from it', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/cohorts/${cohort().id}/show`);
    const grid = page.locator('[data-block-schedule]');
    const pages = page.locator('[data-block-schedule-pages]');
    const rows = grid.locator('tbody tr');
    await grid.waitFor();
    const trainees = suite.graph.data.trainees.filter((one) => one.cohortId === cohort().id);
    expect(trainees.length).toBe(4 * SCALE);
    // the first page only: the dashboard never asks for the whole cohort
    expect(await rows.count()).toBe(PER_PAGE);
    for (const kind of ['INTRODUCTION', 'INTERNAL_MEDICINE', 'SURGERY', 'PSYCHIATRY', 'PRIMARY_CARE', 'VACATION']) {
      expect(await grid.locator(`[data-kind="${kind}"]`).count()).toBeGreaterThan(0);
    }
    for (const text of ['Introduktion', 'Internmedicin', 'Kirurgi', 'Psykiatri', 'Primärvård', 'Semester'])
      await page.getByText(text, { exact: true }).first().waitFor();
    // every trainee of the cohort got a draft plan at employment
    expect(await grid.getByText('Utkast', { exact: true }).count()).toBe(PER_PAGE);
    expect(await grid.getByText('Ingen plan', { exact: true }).count()).toBe(0);
    await pages.getByText(`1–${PER_PAGE} av ${trainees.length}`).waitFor();
    await pages.getByText('Rader per sida:').waitFor();
    await keepScreenshot(page, 'block-schedule-sv');
    await scrollsInsideOnly('[data-block-schedule]');

    // the next page holds the rest, and more rows per page show the whole cohort from page 1
    const firstOfPageOne = await rows.first().getAttribute('data-trainee');
    await pages.getByRole('button', { name: 'Gå till nästa sida' }).click();
    await pages.getByText(`${PER_PAGE + 1}–${trainees.length} av ${trainees.length}`).waitFor();
    await page.waitForFunction((count) => document.querySelectorAll('[data-block-schedule] tbody tr').length === count, trainees.length - PER_PAGE);
    expect(await rows.first().getAttribute('data-trainee')).not.toBe(firstOfPageOne);
    await keepScreenshot(page, 'block-schedule-page-2-sv');
    await pages.getByRole('combobox').click();
    await page.getByRole('option', { name: '100' }).click();
    await pages.getByText(`1–${trainees.length} av ${trainees.length}`).waitFor();
    await page.waitForFunction((count) => document.querySelectorAll('[data-block-schedule] tbody tr').length === count, trainees.length);

    await toEnglish();
    await page.goto(`${suite.admin.url}/#/cohorts/${cohort().id}/show`);
    await page.getByText('Block schedule').first().waitFor();
    await grid.getByText('Draft', { exact: true }).first().waitFor();
    await page.getByText('Vacation', { exact: true }).first().waitFor();
    await pages.getByText(`1-${PER_PAGE} of ${trainees.length}`).waitFor();
    await pages.getByText('Rows per page:').waitFor();
    expect(await grid.getByText('Draft', { exact: true }).count()).toBe(PER_PAGE);
    await keepScreenshot(page, 'block-schedule-en');

    const first = rows.first();
    const traineeId = await first.getAttribute('data-trainee');
    await first.getByRole('link').click();
    await page.waitForURL(`**/#/trainees/${traineeId}/show`);
  });

  it('EDU-2: a director of studies sees trainees per unit and month for both sites, and one site with the filter', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'studierektor-sluten');
    await page.getByRole('menuitem', { name: 'Kapacitet per enhet' }).click();
    const table = page.locator('[data-capacity]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(suite.graph.data.units.length);
    const counts = await table.locator('td[data-month]').allInnerTexts();
    expect(counts.map(Number).some((count) => count > 0)).toBe(true);
    await keepScreenshot(page, 'unit-capacity-sv');
    await scrollsInsideOnly('[data-capacity]');

    await page.getByRole('combobox', { name: 'Huvudort' }).click();
    await page.getByRole('option', { name: 'Ljungby' }).click();
    const ljungby = suite.graph.data.sites.find((site) => site.name === 'Ljungby')!;
    const ljungbyUnits = suite.graph.data.units.filter((unit) => unit.siteId === ljungby.id);
    await table.locator(`tbody tr[data-unit="${ljungbyUnits[0].id}"]`).waitFor();
    await page.waitForFunction((count) => document.querySelectorAll('[data-capacity] tbody tr').length === count, ljungbyUnits.length);

    await toEnglish();
    await page.getByRole('menuitem', { name: 'Capacity per unit' }).click();
    await page.getByText('Both sites').waitFor();
    await table.waitFor();
    await keepScreenshot(page, 'unit-capacity-en');
  });
});
