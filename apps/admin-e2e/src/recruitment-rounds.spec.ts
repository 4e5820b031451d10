import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

describe(`recruitment rounds in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  it('the Director creates a round, sees the REC-1 warning and the computed start, and moves it forward until REC-9 stops it', async () => {
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await suite.page.getByRole('link', { name: 'Skapa' }).click();
    // REC-1: a start term without a round (the demo data has the one for 2028)
    await suite.page.getByLabel('Namn').fill('BT-rekrytering VT 2029');
    await suite.page.getByLabel('Annonsdatum').fill('2028-09-04');
    // two weeks instead of 3–4: allowed, with a warning (REC-1)
    await suite.page.getByLabel('Sista ansökningsdag').fill('2028-09-18');
    // interview days are dates, one row each, checked before anything is sent
    const days = suite.page.locator('.ra-input-interviewDays');
    await days.getByRole('button', { name: 'Lägg till' }).click();
    await days.getByLabel('Intervjudag').nth(0).fill('2028-09-12');
    await days.getByRole('button', { name: 'Lägg till' }).click();
    await days.getByLabel('Intervjudag').nth(1).fill('2028-09-26');
    await suite.page.getByRole('button', { name: 'Spara' }).click();
    await days.getByText('Intervjudagen måste komma efter sista ansökningsdag.').waitFor();
    await days.getByLabel('Intervjudag').nth(0).fill('2028-09-25');
    await suite.page.getByRole('button', { name: 'Spara' }).click();

    await suite.page.getByText('BT-rekrytering VT 2029').first().waitFor();
    await suite.page.getByText('2028-09-25, 2028-09-26').waitFor();
    await suite.page.getByText('2029-01-15').waitFor(); // REC-1: Monday of ISO week 3, 2029
    await suite.page.locator('[role="alert"]').first().waitFor();

    // each move forward asks first and says what it does
    const move = async (state: string) => {
      await suite.page.getByRole('button', { name: `Flytta till ${state}` }).click();
      const dialog = suite.page.getByRole('dialog', { name: `Flytta BT-rekrytering VT 2029 till ${state}?` });
      await dialog.getByText('steget kan inte ångras', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: `Flytta till ${state}` }).click();
    };
    for (const state of ['Öppen för ansökan', 'Urval']) {
      await move(state);
      await suite.page.getByText(`Omgången är nu i läget ${state}.`).waitFor();
    }
    // REC-9: no panel yet, so the move to interviews is refused and says who is missing
    await move('Intervjuer');
    await suite.page
      .getByText(/saknar/)
      .first()
      .waitFor();

    // the Director seats HR on the interview stage from the round suite.page
    await suite.page.getByText('Ingen i rekryteringsgruppen ännu.').waitFor();
    // an empty slot list says how slots are made
    await suite.page.locator('[data-no-slots]').getByText('Fyll i Lägg ut intervjutider nedan', { exact: false }).waitFor();
    const hr = suite.graph.viewer('hr-samordnare');
    await suite.page.getByRole('combobox', { name: 'Namn' }).click();
    await suite.page.getByRole('option', { name: new RegExp(`^${hr.name}`) }).click();
    await suite.page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
    await suite.page.getByRole('cell', { name: hr.name }).waitFor();

    // the rubric (REC-4): weights and scales are the Director's to set until interviews begin
    await suite.page.getByLabel('Vikt 1').fill('0,5');
    await suite.page.getByRole('button', { name: 'Spara bedömningsmallen' }).click();
    await suite.page.getByText('Bedömningsmallen sparades.').waitFor();
  });

  it('a director of studies who is on no panel sees no rounds and cannot create one', async () => {
    await signIn(suite.page, suite.admin.url, 'studierektor-primar');
    await suite.page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await suite.page
      .getByText(/Inga rekryteringsomgångar|Inga Rekryteringsomgångar|Ingen/i)
      .first()
      .waitFor();
    expect(await suite.page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
  });
});
