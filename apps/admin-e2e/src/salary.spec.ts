import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

describe(`salaries in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  const trainee = () => suite.graph.data.trainees.find((t) => t.cohortId === suite.graph.data.cohorts.find((c) => c.name === 'VT 2026 Växjö')!.id)!;

  it('EMP-2: the Director sees the salary history and sets a new salary from a date', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/trainees/${trainee().id}/show`);
    await suite.page.getByRole('tab', { name: 'Lön' }).click();
    await suite.page.locator('[data-salary]').first().waitFor();
    const before = await suite.page.locator('[data-salary]').count();

    await suite.page.getByLabel('Månadslön (kr)').fill('47 100');
    await suite.page.getByLabel('Gäller från').fill('2026-11-01');
    await suite.page.getByLabel('Anteckning').fill('Lönesamtal hösten 2026');
    await suite.page.getByRole('button', { name: 'Spara' }).click();
    await suite.page.getByText('Lönen sparades.').waitFor();
    await suite.page.locator('[data-salary="4710000"]').waitFor();
    expect(await suite.page.locator('[data-salary]').count()).toBe(before + 1);
  });

  it('the deputy director sets salaries for Ljungby’s BT doctors, and only reads Växjö’s (ORG-1)', async () => {
    const at = (cohortName: string) => suite.graph.data.trainees.find((t) => t.cohortId === suite.graph.data.cohorts.find((c) => c.name === cohortName)!.id)!;
    await signIn(suite.page, suite.admin.url, 'bitr-atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/trainees/${at('VT 2026 Ljungby').id}/show`);
    await suite.page.getByRole('tab', { name: 'Lön' }).click();
    await suite.page.getByLabel('Månadslön (kr)').waitFor();
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(1);

    await suite.page.goto(`${suite.admin.url}/#/trainees/${at('VT 2026 Växjö').id}/show`);
    await suite.page.getByRole('tab', { name: 'Lön' }).click();
    await suite.page.locator('[data-salary]').first().waitFor();
    expect(await suite.page.getByLabel('Månadslön (kr)').count()).toBe(0);
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
  });

  it('a director of studies has no salary tab', async () => {
    await signIn(suite.page, suite.admin.url, 'studierektor-primar');
    await suite.page.goto(`${suite.admin.url}/#/trainees/${trainee().id}/show`);
    await suite.page.getByRole('tab', { name: 'Anställning' }).waitFor();
    expect(await suite.page.getByRole('tab', { name: 'Lön' }).count()).toBe(0);
  });
});
