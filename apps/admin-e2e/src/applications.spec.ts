import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_ROWS } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { openRoundForImport } from './support/recruitment-setup';
import { previewSlots } from './support/slot-planner';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');

describe(`applications in chromium on ${testEngine()}`, () => {
  const roundName = 'BT-rekrytering import';
  const suite = browserSuite(async (graph) => {
    await openRoundForImport(graph, roundName);
  });

  const csv = () => `${fs.readFileSync(SAMPLE_CSV, 'utf8').trimEnd()}\nOJ-2027-9999;Fel;Personnummer;19900101-1234;;;Växjö;2027-09-10;;;;;;\n`;
  const rows = () => csv().trimEnd().split('\n').length;

  async function choose(text: string) {
    await suite.page.getByRole('menuitem', { name: 'Importera ansökningar' }).click();
    await suite.page.getByRole('combobox', { name: 'Omgång' }).click();
    await suite.page.getByRole('option', { name: roundName }).click();
    await suite.page.locator('input[data-import-file]').setInputFiles({ name: 'ansokningar.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  async function importFile() {
    await choose(csv());
    // REC-1: the preview first, the button names the rows
    await suite.page.getByRole('button', { name: `Importera ${rows() - 1} ansökningar` }).click();
    await suite.page.locator('[data-import-result]').waitFor();
    return suite.page.locator('[data-import-result]').innerText();
  }

  it('HR imports the job portal export: valid rows saved, the bad row reported by line and saved not at all, and no duplicates the second time', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    const valid = rows() - 2;
    // singular and plural right: "1 rad", "0 oförändrade"
    expect(await importFile()).toContain(`Klart: ${valid} nya, 0 oförändrade, 1 rad med fel.`);
    await suite.page.getByRole('cell', { name: String(rows()), exact: true }).waitFor();
    await suite.page
      .getByText(/kontrollsiffra/)
      .first()
      .waitFor();

    await suite.page.reload();
    expect(await importFile()).toContain(`Klart: 0 nya, ${valid} oförändrade, 1 rad med fel.`);
  });

  it('REC-1: a file over the row limit is refused before anything is sent, with the Swedish message', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    const header = csv().split('\n')[0];
    await choose([header, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `OJ-${index};A;B`)].join('\n'));
    await suite.page.getByText(`Filen har ${MAX_IMPORT_ROWS + 1} rader; högst ${MAX_IMPORT_ROWS} kan importeras på en gång.`, { exact: false }).waitFor();
    expect(await suite.page.locator('[data-import-result]').count()).toBe(0);
    expect(await suite.page.locator('[data-import-preview]').count()).toBe(0);
    expect(await suite.page.getByText(/Importerar rad/).count()).toBe(0);
  });

  // uses the applications imported by the first test
  it('HR records the formal requirements on the board and the application becomes eligible (REC-3)', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('[data-state="RECEIVED"]').waitFor();
    // an imported application (received) of this round, not the demo round's namesake, nor a row the list had before it reloaded
    const first = suite.page
      .locator('tbody tr')
      .filter({ hasText: roundName })
      .filter({ hasText: /Mottagen/ })
      .first();
    await first.waitFor();
    await first.click();
    for (const requirement of ['BT_REQUIREMENT', 'LICENCE', 'SWEDISH_C1']) {
      const row = suite.page.locator(`[data-requirement="${requirement}"]`);
      await row.getByLabel('Underlag').fill('Intyg granskat');
      await row.getByRole('button', { name: 'Uppfyllt', exact: true }).click();
      await row
        .locator('td')
        .nth(1)
        .filter({ hasText: /^Uppfyllt$/ })
        .waitFor();
    }
    await suite.page.getByText('Behörig', { exact: true }).first().waitFor();
  });

  // uses the application made eligible by the test above
  it('HR lays out interview times for the round and books the eligible applicant into one (REC-6)', async () => {
    const token = suite.graph.tokenFor('atbt-chef');
    const rounds = await suite.graph.query<{ recruitmentRoundPage: { items: { id: string; name: string }[] } }>(
      '{ recruitmentRoundPage { items { id name } } }',
      { token },
    );
    const roundId = rounds.data!.recruitmentRoundPage.items.find((round) => round.name === roundName)!.id;
    await suite.graph.query('mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: SCREENING) { id } }', { token, variables: { id: roundId } });

    // REC-9: the interview panel the times' panel is chosen from
    await suite.graph.query(
      'mutation ($roundId: ID!, $personId: ID!) { addPanelMember(roundId: $roundId, personId: $personId, stage: INTERVIEWS, capacity: HR) { id } }',
      {
        token,
        variables: { roundId, personId: suite.graph.viewer('hr-samordnare').id },
      },
    );

    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.goto(`${suite.admin.url}/#/recruitmentRounds/${roundId}/show`);
    const count = await previewSlots(suite.page, { room: 'Sammanträdesrum 2, Ljungby', panel: [suite.graph.viewer('hr-samordnare').name] });
    await suite.page.getByRole('button', { name: `Spara ${count} intervjutider` }).click();
    await suite.page.getByText(/Ledig/).first().waitFor();

    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('[data-state="ELIGIBLE"]').click();
    // the list may still show the unfiltered rows for a moment: click an eligible one
    await suite.page
      .locator('tbody tr', { hasText: /Behörig/ })
      .first()
      .click();
    await suite.page.getByRole('combobox', { name: 'Välj en ledig tid' }).click();
    await suite.page.getByRole('option').first().click();
    await suite.page.getByRole('button', { name: 'Boka intervju' }).click();
    await suite.page.locator('[data-interview]').waitFor();
    await suite.page.getByText('Kallad till intervju').first().waitFor();
  });

  it('REC-1: a late row is saved and listed among the rows to check, in Swedish and in English', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'hr-samordnare');
    const header = csv().split('\n')[0];
    // the round's application deadline is 2027-10-04
    await choose(`${header}\nOJ-2027-9100;Östen;Zetterlund;19900101-1239;;;Ljungby;2027-10-10;;;;;;\n`);
    await page.getByRole('button', { name: 'Importera 1 ansökan' }).click();
    const warnings = page.locator('[data-import-lines="warnings"]');
    await warnings.waitFor();
    expect(await page.getByText('Sparade rader att kontrollera').count()).toBe(1);
    expect(await warnings.innerText()).toContain('Ansökan kom in 2027-10-10, efter sista ansökningsdag 2027-10-04.');
    await keepScreenshot(page, 'import-late-row-sv');

    // the page starts over in the new language: the import is made again, with another late row
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Import applications' }).click();
    await page.getByRole('combobox', { name: 'Round' }).click();
    await page.getByRole('option', { name: roundName }).click();
    await page.locator('input[data-import-file]').setInputFiles({
      name: 'ansokningar.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\nOJ-2027-9101;Åsa;Zetterlund;19880512-4560;;;Ljungby;2027-10-11;;;;;;\n`, 'utf8'),
    });
    await page.getByRole('button', { name: 'Import 1 application' }).click();
    await page.getByText('Saved rows to check').waitFor();
    expect(await warnings.innerText()).toContain('The application arrived on 11/10/2027, after the application deadline 04/10/2027.');
    expect(await warnings.innerText()).not.toMatch(/[åäö]/);
    await keepScreenshot(page, 'import-late-row-en');
  });
});
