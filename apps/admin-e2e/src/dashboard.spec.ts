import { signToken } from '@bt/auth';
import { testEngine } from '@bt/testing';
import type { Page } from 'playwright-core';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

describe(`the dashboard in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  const cohortTrainees = (name: string) => {
    const cohort = suite.graph.data.cohorts.find((c) => c.name === name)!;
    return suite.graph.data.trainees.filter((t) => t.cohortId === cohort.id);
  };

  /** The BT doctors list in a narrow window: nothing wider than the window, the table not wider than its place (nothing cut off or scrolled away), the cohort under the names. */
  async function expectTraineeListFits(page: Page, width: number) {
    await page.setViewportSize({ width, height: 1100 });
    await page.locator('[data-site-and-cohort]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const table = page.locator('table').first();
    const { tableWidth, placeWidth, right } = await table.evaluate((element) => ({
      tableWidth: element.scrollWidth,
      placeWidth: element.parentElement!.clientWidth,
      right: element.getBoundingClientRect().right,
    }));
    expect(tableWidth).toBeLessThanOrEqual(placeWidth);
    expect(right).toBeLessThanOrEqual(width);
    // every row's goal grid is there, all 18 goals
    expect(await page.locator('tbody tr').first().locator('[data-goal]').count()).toBe(18);
  }

  it('the BT doctors list keeps to a 1280 or 800 px window: the cohort under the name and the overdue checkpoints beside it instead of columns of their own', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('menuitem', { name: 'BT-läkare' }).click();
    await suite.page.getByRole('columnheader', { name: 'Huvudort' }).waitFor();
    // 1440 px: every column side by side, within the window
    expect(await suite.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await keepScreenshot(suite.page, 'trainee-list-sv');
    // a laptop (the menu open) and a narrow window (the menu folded to icons)
    await expectTraineeListFits(suite.page, 1280);
    await expectTraineeListFits(suite.page, 800);
    expect(await suite.page.getByRole('columnheader', { name: 'Huvudort' }).count()).toBe(0);
    expect(await suite.page.locator('tbody tr').first().locator('[data-site-and-cohort]').innerText()).toMatch(/^[VH]T 20\d\d (Växjö|Ljungby)$/);
  });

  it('the Director signs in, filters the cohorts to Ljungby, opens a trainee and sees placements and the goal grid', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('menuitem', { name: 'Kullar' }).click();
    await suite.page.getByText('VT 2027 Växjö').waitFor();

    await suite.page.getByRole('combobox', { name: 'Huvudort' }).click();
    await suite.page.getByRole('option', { name: 'Ljungby' }).click();
    await suite.page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tbody tr')];
      return rows.length === 3 && rows.every((row) => row.textContent?.includes('Ljungby'));
    });

    await suite.page.getByText('VT 2026 Ljungby').click();
    const [trainee] = cohortTrainees('VT 2026 Ljungby');
    const name = `${trainee.givenName} ${trainee.familyName}`;
    // the cohort's list of trainees (the block schedule below names them too)
    await suite.page.getByText(name, { exact: true }).first().click();

    await suite.page.locator('[data-placement]').first().waitFor();
    expect(await suite.page.locator('[data-placement]').count()).toBe(5);
    const cells = suite.page.locator('[role="table"][aria-label="Kompetensprofil"] [data-goal]');
    expect(await cells.count()).toBe(18);
    const levels = await cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-level')));
    expect(levels.every((level) => /^[0-5]$/.test(level ?? ''))).toBe(true);
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(1);
  });

  it('EDU-10: HR reads the cohort and the trainee without the portfolio: no goal grid, and no refusal on the page', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.getByRole('menuitem', { name: 'Kullar' }).click();
    await suite.page.getByText('VT 2026 Ljungby').click();
    const [trainee] = cohortTrainees('VT 2026 Ljungby');
    // the cohort's list of trainees (the block schedule below names them too)
    await suite.page.getByText(`${trainee.givenName} ${trainee.familyName}`, { exact: true }).first().click();
    await suite.page.locator('[data-placement]').first().waitFor();
    expect(await suite.page.locator('[data-goal]').count()).toBe(0);
    expect(await suite.page.getByText('Kompetensprofil').count()).toBe(0);
    expect(await suite.page.locator('.MuiAlert-standardError, .MuiSnackbarContent-root').count()).toBe(0);
  });

  it('a director of studies finds employment editing absent', async () => {
    await signIn(suite.page, suite.admin.url, 'studierektor-primar');
    const [trainee] = cohortTrainees('VT 2026 Växjö');
    await suite.page.getByRole('menuitem', { name: 'BT-läkare' }).click();
    await suite.page.getByLabel('Sök namn').fill(trainee.familyName);
    await suite.page.waitForFunction((familyName) => {
      const rows = [...document.querySelectorAll('tbody tr')];
      return rows.length > 0 && rows.every((row) => row.textContent?.includes(familyName));
    }, trainee.familyName);
    await suite.page.getByText(`${trainee.givenName} ${trainee.familyName}`).click();
    await suite.page.locator('[data-placement]').first().waitFor();
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);

    // without an edit view for this role, the edit address shows the list instead of a form
    await suite.page.goto(`${suite.admin.url}/#/trainees/${trainee.id}`);
    await suite.page.locator('tbody tr').first().waitFor();
    expect(await suite.page.getByLabel('Personnummer').count()).toBe(0);
    expect(await suite.page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    await suite.page.getByRole('menuitem', { name: 'Kullar' }).click();
    await suite.page.getByText('VT 2027 Växjö').waitFor();
    expect(await suite.page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
  });

  it('signs out back to the sign-in suite.page', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('button', { name: 'Profil' }).click();
    await suite.page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await suite.page.getByText('Utvecklingsläge: välj en demoanvändare.').waitFor();
    expect(await suite.page.evaluate(() => sessionStorage.getItem('bt-admin.session'))).toBeNull();
  });

  it('returns to sign-in with a message when the token has expired', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    const expired = signToken(suite.graph.viewer('atbt-chef'), suite.graph.auth.jwtSecret, -60);
    await suite.page.evaluate((token) => {
      const session = JSON.parse(sessionStorage.getItem('bt-admin.session')!);
      sessionStorage.setItem('bt-admin.session', JSON.stringify({ ...session, token }));
    }, expired);
    await suite.page.getByRole('menuitem', { name: 'BT-läkare' }).click();
    await suite.page.getByText('Din inloggning har gått ut. Logga in igen.').waitFor();
    await suite.page.getByText('Utvecklingsläge: välj en demoanvändare.').waitFor();
  });

  it('can be used in English', async () => {
    await suite.inEnglish();
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('button', { name: /Svenska/i }).click();
    await suite.page.getByRole('menuitem', { name: 'English' }).click();
    await suite.page.getByRole('menuitem', { name: 'Cohorts' }).waitFor();
    await suite.page.getByRole('menuitem', { name: 'BT doctors' }).click();
    await suite.page.getByText('Search name').first().waitFor();
    await suite.page.getByRole('columnheader', { name: 'Main site' }).waitFor();
    await keepScreenshot(suite.page, 'trainee-list-en');
    await expectTraineeListFits(suite.page, 800);
  });
});
