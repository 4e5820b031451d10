import type { Page } from 'playwright';
import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const TERMS = `query ($term: String!) { workplaceMeetingTerms(term: $term) { planned warning site { name } } }`;

/** Opens the workplace meetings of HT2026 from the menu. */
async function openAutumn2026(page: Page, menu: string, half: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('combobox').first().click();
  await page.getByRole('option', { name: half }).click();
  await page.locator('input[type="number"]').fill('2026');
  await page.locator('[data-meeting-site]').first().waitFor();
}

describe(`workplace meetings in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const warned = async () => {
    const { data } = await suite.graph.query<{ workplaceMeetingTerms: { planned: number; warning: string | null; site: { name: string } }[] }>(TERMS, {
      token: suite.graph.tokenFor('atbt-chef'),
      variables: { term: 'HT2026' },
    });
    return data!.workplaceMeetingTerms.filter((row) => row.warning !== null);
  };

  it('EMP-5: the Director plans a second meeting on the site with one, and the warning goes away', async () => {
    const [site] = await warned();
    expect(site.planned).toBe(1);
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await openAutumn2026(page, 'Arbetsplatsträffar', 'HT (juli–december)');
    const block = page.locator(`[data-meeting-site="${site.site.name}"]`);
    await block.locator('[data-meeting-warning]').waitFor();
    expect(await block.locator('[data-meeting-warning]').innerText()).toContain('Bara 1 av minst två');
    await keepScreenshot(page, 'workplace-meetings-sv');

    await page.getByRole('button', { name: 'Planera träff' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: site.site.name }).click();
    await dialog.getByLabel('Dag').fill('2026-12-03');
    await dialog.getByLabel('Tid').fill('13:30');
    await dialog.getByLabel('Rubrik').fill('APT: julplanering');
    await dialog.getByLabel('Dagordning').fill('1. Schema över jul och nyår 2. Övriga frågor');
    await dialog.getByRole('button', { name: 'Planera träff' }).click();
    await page.getByText('Träffen är planerad.').waitFor();
    await block.locator('[data-meeting="APT: julplanering"]').waitFor();
    await page.locator(`[data-meeting-site="${site.site.name}"][data-planned="2"]`).waitFor();
    expect(await block.locator('[data-meeting-warning]').count()).toBe(0);
    expect(await warned()).toEqual([]);
  });

  it('a BT doctor sees her site’s meetings but cannot plan one', async () => {
    const page = suite.page;
    const trainee = suite.graph.data.trainees[0];
    await signIn(page, suite.admin.url, trainee.username);
    await page.goto(`${suite.admin.url}/#/workplace-meetings`);
    await page.locator('[data-meeting-site]').first().waitFor();
    expect(await page.locator('[data-meeting-site]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Planera träff' }).count()).toBe(0);
  });

  it('in English', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await openAutumn2026(page, 'Workplace meetings', 'Autumn (July–December)');
    await keepScreenshot(page, 'workplace-meetings-en');
  });
});
