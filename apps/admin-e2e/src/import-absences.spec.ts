import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** A valid personal identity number no demo person has. */
const NOBODY = '19900101-2385';

/** The payroll export for two trainees employed all 2026, on Mondays free of their absences, and a line for nobody. */
async function payrollFile(graph: TestGraph): Promise<string> {
  const db = graph.databases.employment.dataSource;
  const trainees: { id: string; personalIdentityNumber: string }[] = await db.query(
    "SELECT id, personalIdentityNumber FROM trainee WHERE employmentStart <= '2026-02-01' AND employmentEnd >= '2026-12-31' ORDER BY id",
  );
  const lines = ['Personnummer;Typ;Från;Till;Omfattning (%);Status'];
  for (const trainee of trainees.slice(0, 2)) {
    const taken: { startDate: string; endDate: string }[] = await db.query('SELECT startDate, endDate FROM absence WHERE traineeId = ?', [trainee.id]);
    const day = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'].find(
      (candidate) => !taken.some((absence) => String(absence.startDate).slice(0, 10) <= candidate && candidate <= String(absence.endDate).slice(0, 10)),
    );
    lines.push(`${trainee.personalIdentityNumber};semester;${day};${day};100;beviljad`);
  }
  lines.push(`${NOBODY};semester;2026-10-05;2026-10-05;100;beviljad`);
  return lines.join('\r\n') + '\r\n';
}

/** Issue 12 part 6: HR imports the payroll system's absence export in the dashboard. */
describe(`importing absences from payroll in chromium on ${testEngine()}`, () => {
  let file = '';
  const suite = browserSuite(async (graph) => {
    file = await payrollFile(graph);
  });

  async function importFile() {
    await suite.page.locator('input[data-import-file]').setInputFiles({ name: 'franvaro.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await suite.page.locator('[data-import-preview]').waitFor();
  }

  it('HR imports a small file with one bad line: sees the preview, the error of that line, and the rest imported', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await page.getByRole('menuitem', { name: 'Importera frånvaro/tid' }).click();
    await page.getByRole('combobox', { name: 'Vad ska importeras' }).getByText('Frånvaro (lönesystemet, PA-portalen)').waitFor();
    await importFile();
    expect(await page.locator('[data-import-summary]').innerText()).toBe('Teckenkodning: UTF-8. Avgränsare: semikolon. 3 rader.');
    await page.getByRole('row', { name: 'Typ Typ av frånvaro' }).waitFor();
    expect(await page.locator('[data-column-known="false"], [data-column-missing]').count()).toBe(0);
    await page.getByRole('button', { name: 'Importera 3 rader' }).click();
    expect(await page.locator('[data-import-result]').innerText()).toContain('Klart: 2 nya, 0 oförändrade, 1 rad med fel.');
    await page.getByText(`Ingen BT-läkare har personnumret ${NOBODY}; kontrollera numret eller lägg först in anställningen.`).waitFor();
    await keepScreenshot(page, 'import-absences-sv');
    const imported: { n: number }[] = await suite.graph.databases.employment.dataSource.query(
      "SELECT COUNT(*) AS n FROM absence WHERE decisionRoute = 'IMPORTED' AND status = 'APPROVED'",
    );
    expect(Number(imported[0].n)).toBe(2);
  });

  it('in English, the same file again saves nothing new and says the bad line in English', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Import absence/hours' }).click();
    await importFile();
    await page.getByRole('button', { name: 'Import 3 lines' }).click();
    expect(await page.locator('[data-import-result]').innerText()).toContain('Done: 0 new, 2 unchanged, 1 row with errors.');
    await page.getByText(`No trainee has the personal identity number ${NOBODY}; check the number or add the employment first.`).waitFor();
    await keepScreenshot(page, 'import-absences-en');
  });
});
