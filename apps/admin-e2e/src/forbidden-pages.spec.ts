import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

describe(`forbidden means forbidden in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  async function expectNotAllowed(address: string) {
    await suite.page.goto(`${suite.admin.url}/#${address}`);
    const page = suite.page.locator('[data-not-allowed]');
    await page.getByRole('heading', { name: 'Inte tillåtet' }).waitFor();
    await page.getByText('Din roll ger inte tillgång till den här sidan.', { exact: false }).waitFor();
    expect(suite.page.url()).toContain(`#${address}`);
  }

  it('an external assessor sees only the pages of the role; typed addresses of others say "not allowed", no spinner, no redirect', async () => {
    await signIn(suite.page, suite.admin.url, 'extern-bedomare-1');
    await suite.page.getByRole('menuitem', { name: 'Min bedömning' }).waitFor();
    for (const hidden of ['Ansökningar', 'Rekryteringsomgångar', 'Importera ansökningar', 'Lönespann per år']) {
      expect(await suite.page.getByRole('menuitem', { name: hidden }).count()).toBe(0);
    }
    await expectNotAllowed('/applications/import');
    await expectNotAllowed('/applications');
    await expectNotAllowed('/recruitmentRounds/any-round/ranking');
    await expectNotAllowed('/salary-guidelines');
    await suite.page.getByRole('link', { name: 'Till startsidan' }).click();
    await suite.page.getByText(/Välkommen/).waitFor();
  });

  it('a director of studies may not import nor see the ranking: no buttons for them, and the typed address says so', async () => {
    await signIn(suite.page, suite.admin.url, 'studierektor-sluten');
    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('.RaDatagrid-root, .RaList-noResults').first().waitFor();
    expect(await suite.page.getByRole('link', { name: 'Importera ansökningar' }).count()).toBe(0);
    await expectNotAllowed('/applications/import');
  });

  it('HR: the applications list shows each application’s round, and a filter stays when coming back', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.getByRole('columnheader', { name: 'Omgång' }).waitFor();
    await suite.page.locator('[data-state="ELIGIBLE"]').click();
    await suite.page.waitForURL(/ELIGIBLE/);
    await suite.page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await suite.page.waitForURL(/recruitmentRounds/);
    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('[data-state="ELIGIBLE"].MuiChip-colorPrimary').waitFor();
  });
});
