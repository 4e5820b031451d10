import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_ROWS } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');

describe(`applications in chromium on ${testEngine()}`, () => {
  const roundName = 'BT-rekrytering import';
  const suite = browserSuite(async (graph) => {
    const token = graph.tokenFor('atbt-chef');
    const created = await graph.query<{ createRecruitmentRound: { id: string } }>(
      'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }',
      {
        token,
        variables: { input: { name: roundName, advertDate: '2027-09-06', applicationDeadline: '2027-10-04', interviewDays: ['2027-10-11', '2027-10-12'] } },
      },
    );
    await graph.query('mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OPEN) { id } }', {
      token,
      variables: { id: created.data!.createRecruitmentRound.id },
    });
  });

  const csv = () => `${fs.readFileSync(SAMPLE_CSV, 'utf8').trimEnd()}\nOJ-2027-9999;Fel;Personnummer;19900101-1234;;;Växjö;2027-09-10;;;;;;\n`;
  const rows = () => csv().trimEnd().split('\n').length;

  async function chooseAndStart(text: string) {
    await suite.page.getByRole('menuitem', { name: 'Importera ansökningar' }).click();
    await suite.page.getByRole('combobox', { name: 'Omgång' }).click();
    await suite.page.getByRole('option', { name: roundName }).click();
    await suite.page.locator('input[data-import-file]').setInputFiles({ name: 'ansokningar.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await suite.page.getByRole('button', { name: 'Importera', exact: true }).click();
  }

  async function importFile() {
    await chooseAndStart(csv());
    await suite.page.locator('[data-import-result]').waitFor();
    return suite.page.locator('[data-import-result]').innerText();
  }

  it('HR imports the job portal export: valid rows saved, the bad row reported by line and saved not at all, and no duplicates the second time', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    const valid = rows() - 2;
    expect(await importFile()).toContain(`Klart: ${valid} nya, 0 oförändrade, 1 rader med fel.`);
    await suite.page.getByRole('cell', { name: String(rows()), exact: true }).waitFor();
    await suite.page
      .getByText(/kontrollsiffra/)
      .first()
      .waitFor();

    await suite.page.reload();
    expect(await importFile()).toContain(`Klart: 0 nya, ${valid} oförändrade, 1 rader med fel.`);
  });

  it('REC-1: a file over the row limit is refused before anything is sent, with the Swedish message', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    const header = csv().split('\n')[0];
    await chooseAndStart([header, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `OJ-${index};A;B`)].join('\n'));
    await suite.page.getByText(`Filen har ${MAX_IMPORT_ROWS + 1} rader; högst ${MAX_IMPORT_ROWS} kan importeras på en gång.`, { exact: false }).waitFor();
    expect(await suite.page.locator('[data-import-result]').count()).toBe(0);
    expect(await suite.page.getByText(/Importerar rad/).count()).toBe(0);
  });

  // uses the applications imported by the first test
  it('HR records the formal requirements on the board and the application becomes eligible (REC-3)', async () => {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('[data-state="RECEIVED"]').waitFor();
    const first = suite.page.locator('tbody tr').first();
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

    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.goto(`${suite.admin.url}/#/recruitmentRounds/${roundId}/show`);
    await suite.page.getByRole('button', { name: 'Lägg ut intervjutider' }).click();
    await suite.page.getByText(/Ledig/).first().waitFor();

    await suite.page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await suite.page.locator('[data-state="ELIGIBLE"]').click();
    await suite.page.locator('tbody tr').first().click();
    await suite.page.getByRole('combobox', { name: 'Välj en ledig tid' }).click();
    await suite.page.getByRole('option').first().click();
    await suite.page.getByRole('button', { name: 'Boka intervju' }).click();
    await suite.page.locator('[data-interview]').waitFor();
    await suite.page.getByText('Kallad till intervju').first().waitFor();
  });
});
