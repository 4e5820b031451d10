import fs from 'node:fs';
import path from 'node:path';
import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { bookInterviews, roundReadyForScoring, scoreAndSubmitAs } from './support/recruitment-setup';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');

describe(`a panel member scores in chromium on ${testEngine()}`, () => {
  /** The candidates in the order they are interviewed (booked through the graph, not in name order). */
  let interviewOrder: { id: string; name: string }[] = [];
  const suite = browserSuite(async (graph) => {
    const round = await roundReadyForScoring(graph, fs.readFileSync(SAMPLE_CSV, 'utf8'));
    interviewOrder = [round.applicants[3], round.applicants[0], round.applicants[2], round.applicants[1]];
    await bookInterviews(graph, round.roundId, interviewOrder);
    // the panel aggregate is shown once at least three members have submitted: two others first (REC-4)
    await scoreAndSubmitAs(graph, 'hr-samordnare', interviewOrder[0].id, 3);
    await scoreAndSubmitAs(graph, 'atbt-chef', interviewOrder[0].id, 5);
  });

  async function myScoring(applicationId: string) {
    const response = await suite.graph.query<{ application: { myScoresSubmitted: boolean; myScores: { value: number }[] } }>(
      `query ($id: ID!) { application(id: $id) { myScoresSubmitted myScores { value } } }`,
      { token: suite.graph.tokenFor('studierektor-sluten'), variables: { id: applicationId } },
    );
    return response.data!.application;
  }

  it('REC-4: scores three candidates in interview order with the keyboard only — a digit per criterion, Enter to save, Enter to submit, Enter for the next', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'studierektor-sluten');
    await page.getByRole('menuitem', { name: 'Min bedömning' }).click();
    // the list: interview times in interview order, and nothing scored yet
    // the round made for this test (the demo round is listed too)
    const rows = page.locator('.MuiCard-root').filter({ hasText: 'BT-rekrytering e2e' }).locator('[data-candidate]');
    await rows.first().waitFor();
    expect(await rows.first().getAttribute('data-candidate')).toBe(interviewOrder[0].id);
    expect(await rows.first().innerText()).toMatch(/2026-11-23 08:30/);
    await page.getByText('Ej bedömd').first().waitFor();
    await rows.first().getByRole('link', { name: interviewOrder[0].name }).click();

    const values = [4, 2, 5];
    for (const [index, candidate] of interviewOrder.slice(0, 3).entries()) {
      await page.getByText(new RegExp(`sökande ${index + 1} av \\d+ i intervjuordning`)).waitFor();
      await page
        .locator('[data-submit-blocked]')
        .getByText(/Poäng saknas för/)
        .waitFor();
      const criteria = await page.locator('[data-criterion]').count();
      expect(criteria).toBeGreaterThanOrEqual(3);
      // the first criterion has the focus: one digit per criterion moves on to the next
      await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');
      for (let i = 0; i < criteria; i += 1) await page.keyboard.press(String(values[index]));
      await page.keyboard.press('Enter');
      await page.getByText(`Poängen för ${candidate.name} sparades.`).waitFor();
      // saved as a whole, not yet submitted: the focus is on "Lämna in"
      await page.waitForFunction(() => document.activeElement?.textContent === 'Lämna in bedömningen');
      await page.keyboard.press('Enter');
      await page.getByText(/Bedömningen är inlämnad och låst/).waitFor();
      if (index === 0) await page.locator('[data-aggregate]').waitFor();
      expect(await myScoring(candidate.id)).toEqual({ myScoresSubmitted: true, myScores: Array(criteria).fill({ value: values[index] }) });
      await page.waitForFunction((name) => document.activeElement?.textContent === `Nästa sökande: ${name}`, interviewOrder[index + 1].name);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: interviewOrder[index + 1].name }).waitFor();
    }

    await page.getByRole('menuitem', { name: 'Min bedömning' }).click();
    await page.locator(`[data-candidate="${interviewOrder[2].id}"]`).getByText('Inlämnad').waitFor();
    expect(await page.getByText('Inlämnad', { exact: true }).count()).toBe(3);
  });

  it('REC-4: leaving a candidate with unsaved scores asks first; staying keeps them, and they save', async () => {
    const page = suite.page;
    const candidate = interviewOrder[3];
    await signIn(page, suite.admin.url, 'studierektor-sluten');
    await page.goto(`${suite.admin.url}/#/scoring/${candidate.id}`);
    await page.getByRole('heading', { name: candidate.name }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');
    await page.keyboard.press('3');
    await page.locator('[data-submit-blocked]').getByText('Spara dina ändringar innan du lämnar in.').waitFor();

    await page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Osparade ändringar' });
    await dialog.getByText(`Du har poäng för ${candidate.name} som inte är sparade.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toContain(`/scoring/${candidate.id}`);
    expect(await page.locator('[data-criterion]').first().getByRole('radio', { name: '3' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Spara poängen' }).click();
    await page.getByText(`Poängen för ${candidate.name} sparades.`).waitFor();
    await page.getByRole('menuitem', { name: 'Rekryteringsomgångar' }).click();
    await page.waitForURL(/#\/recruitmentRounds$/);
    expect((await myScoring(candidate.id)).myScores).toEqual([{ value: 3 }]);
  });
});
