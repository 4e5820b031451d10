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

/** EMP-2, no lost writes: the Director replaces a year's salary range that someone else set meanwhile. */
describe(`the salary range of a year saved over someone else's change in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const SET = `mutation ($year: Int!, $minMonthlyOre: Int!, $maxMonthlyOre: Int!, $version: Int) {
    setSalaryGuideline(year: $year, minMonthlyOre: $minMonthlyOre, maxMonthlyOre: $maxMonthlyOre, version: $version) { version } }`;
  const READ = 'query ($year: Int) { salaryGuidelines(year: $year) { minMonthlyOre maxMonthlyOre version } }';
  type Guideline = { minMonthlyOre: number; maxMonthlyOre: number; version: number };
  const read = async (year: number): Promise<Guideline> =>
    (await suite.graph.query<{ salaryGuidelines: Guideline[] }>(READ, { token: suite.graph.tokenFor('atbt-chef'), variables: { year } })).data!
      .salaryGuidelines[0];

  /** The Director opens the page; someone else (in another window) sets `year` meanwhile; the Director types a range and saves. */
  async function saveOverChange(year: number, english: boolean, otherMaxOre: number): Promise<void> {
    if (english) await suite.inEnglish();
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    if (english) {
      await suite.page.getByRole('button', { name: /Svenska/i }).click();
      await suite.page.getByRole('menuitem', { name: 'English' }).click();
    }
    await suite.page.goto(`${suite.admin.url}/#/salary-guidelines`);
    await suite.page.getByRole('cell', { name: String(year), exact: true }).waitFor();
    const { version } = await read(year);
    const other = await suite.graph.query(SET, {
      token: suite.graph.tokenFor('atbt-chef'),
      variables: { year, minMonthlyOre: 4_000_000, maxMonthlyOre: otherMaxOre, version },
    });
    expect(other.errors).toBeUndefined();
    await suite.page.getByLabel(english ? 'Year' : 'År', { exact: true }).fill(String(year));
    await suite.page.getByLabel(english ? 'Lowest (SEK)' : 'Lägst (kr)').fill('43 000');
    await suite.page.getByLabel(english ? 'Highest (SEK)' : 'Högst (kr)').fill('47 500');
    await suite.page.getByRole('button', { name: english ? 'Save salary range' : 'Spara lönespann' }).click();
  }

  it('in Swedish: refused as changed by someone else, the other range shown, the typed range kept; saved on the second click', async () => {
    await saveOverChange(2026, false, 4_880_000);
    await suite.page.getByText('Ändrad av någon annan – läs in igen').waitFor();
    // the list now shows the other person's range, and nothing typed is lost
    await suite.page.getByRole('cell', { name: /^48\s800\skr$/ }).waitFor();
    expect(await suite.page.getByLabel('Lägst (kr)').inputValue()).toBe('43 000');
    expect(await suite.page.getByLabel('Högst (kr)').inputValue()).toBe('47 500');
    expect(await read(2026)).toMatchObject({ maxMonthlyOre: 4_880_000 });
    expect(await suite.page.locator('body').innerText()).not.toMatch(/CONFLICT|STALE_VERSION|version|GraphQL/);

    await suite.page.getByRole('button', { name: 'Spara lönespann' }).click();
    await suite.page.getByText('Lönespannet sparades.').waitFor();
    expect(await read(2026)).toMatchObject({ minMonthlyOre: 4_300_000, maxMonthlyOre: 4_750_000 });
  });

  it('in English: "Changed by someone else – reload", the typed range kept', async () => {
    await saveOverChange(2027, true, 4_990_000);
    await suite.page.getByText('Changed by someone else – reload').waitFor();
    expect(await suite.page.getByLabel('Highest (SEK)').inputValue()).toBe('47 500');
  });
});
