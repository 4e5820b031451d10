import { testEngine } from '@bt/testing';
import { keepScreenshot, SCREEN_WIDTHS, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { openRoundForImport } from './support/recruitment-setup';

const HEADER =
  'ansökningsnummer;förnamn;efternamn;personnummer;e-post;telefon;önskad huvudort;mottagen;underläkarmånader i Sverige;underläkarmånader i regionen;doktorsexamen;forskning;annan utbildning;tidigare anställning i regionen';
const ROWS = [
  'OJ-2027-7001;Åsa;Öberg;19960512-2341;;;Växjö;2027-09-10;12;6;nej;"Studie om sepsis; publicerad";;',
  'OJ-2027-7002;Märta;Ängström;19970823-3458;;;Ljungby;2027-09-11;;;;;;',
  'OJ-2027-7003;Björn;Sjöström;19950101-4568;;;Växjö;2027-09-12;;;ja;;;Underläkare på medicinkliniken',
];
/** What Excel's "CSV (semikolonavgränsad)" writes on Swedish Windows: Windows-1252, å ä ö as single bytes, CRLF. */
const excelWindows1252 = () => Buffer.from([HEADER, ...ROWS].join('\r\n') + '\r\n', 'latin1');

describe(`importing Excel's CSV in chromium on ${testEngine()}`, () => {
  const roundName = 'BT-rekrytering Excel-import';
  const suite = browserSuite(async (graph) => {
    await openRoundForImport(graph, roundName);
  });

  async function choose(name: string, buffer: Buffer, menu = 'Importera ansökningar', round = 'Omgång') {
    await suite.page.getByRole('menuitem', { name: menu }).click();
    await suite.page.getByRole('combobox', { name: round }).click();
    await suite.page.getByRole('option', { name: roundName }).click();
    await suite.page.locator('input[data-import-file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  /** A screenshot of what the user sees now (both widths), then on at the first width. */
  async function snapshot(name: string) {
    await keepScreenshot(suite.page, `import-excel-${name}`);
    await suite.page.setViewportSize({ width: SCREEN_WIDTHS[0], height: 1100 });
  }

  async function toEnglish() {
    await suite.page.getByRole('button', { name: 'Svenska' }).click();
    await suite.page.getByRole('menuitem', { name: 'English' }).click();
    await suite.page.getByText(/Welcome/).waitFor();
  }

  it('REC-1: an Excel export in Windows-1252 is previewed (encoding, separator, rows, columns, first rows), imported after the preview, and the names show with å ä ö', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await choose('ansokningar-excel.csv', excelWindows1252());
    const preview = page.locator('[data-import-preview]');
    await preview.waitFor();
    expect(await page.locator('[data-import-summary]').innerText()).toBe(
      'Teckenkodning: Windows-1252 (Excel: CSV semikolonavgränsad). Avgränsare: semikolon. 3 rader med ansökningar.',
    );
    await preview.getByRole('row', { name: 'förnamn Förnamn' }).waitFor();
    await preview.getByRole('row', { name: 'underläkarmånader i Sverige Underläkarmånader i Sverige' }).waitFor();
    expect(await page.locator('[data-column-known="false"], [data-column-missing]').count()).toBe(0);
    const firstRows = preview.getByRole('table', { name: 'Filens 3 första rader' });
    for (const name of ['Åsa', 'Öberg', 'Märta', 'Ängström', 'Björn', 'Sjöström', 'Studie om sepsis; publicerad']) {
      await firstRows.getByRole('cell', { name, exact: true }).waitFor();
    }
    // nothing is saved before the button
    expect(await page.locator('[data-import-result]').count()).toBe(0);
    await snapshot('preview-sv');

    await page.getByRole('button', { name: 'Importera 3 ansökningar' }).click();
    expect(await page.locator('[data-import-result]').innerText()).toContain('Klart: 3 nya, 0 oförändrade, 0 rader med fel.');
    await snapshot('result-sv');

    await page.getByRole('menuitem', { name: 'Ansökningar', exact: true }).click();
    await page.locator('[data-state="RECEIVED"]').click();
    for (const name of ['Åsa Öberg', 'Märta Ängström', 'Björn Sjöström']) await page.getByText(name).first().waitFor();
  });

  it('REC-1: a file with an unknown and a missing column shows them, cannot be imported, and Avbryt returns to the file choice without saving', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'hr-samordnare');
    const header = HEADER.replace('mottagen', 'inkommen').replace(/;/g, ',');
    await choose('fel-kolumner.csv', Buffer.from(`\uFEFF${header}\r\nOJ-2027-7101,Ida,Ek,19960512-2341,,,Växjö,2027-09-10,,,,,,\r\n`, 'utf8'));
    await page.locator('[data-import-preview]').waitFor();
    expect(await page.locator('[data-import-summary]').innerText()).toBe(
      'Teckenkodning: UTF-8 med BOM (Excel: CSV UTF-8). Avgränsare: komma. 1 rad med ansökningar.',
    );
    await page.getByRole('row', { name: 'inkommen Okänd kolumn' }).waitFor();
    await page.getByRole('row', { name: 'Saknas: "mottagen" Mottagen' }).waitFor();
    await page.getByText(/Filen kan inte importeras så här\. Okänd kolumn "inkommen"\. Kolumnen "mottagen" saknas\./).waitFor();
    expect(await page.getByRole('button', { name: 'Importera 1 ansökan' }).isDisabled()).toBe(true);
    await snapshot('columns-refused-sv');

    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByText('Välj CSV-fil').waitFor();
    expect(await page.locator('[data-import-preview]').count()).toBe(0);
  });

  it('REC-1: a UTF-16 file (Excel: Unicode-text) and an Excel workbook are diagnosed precisely, saying to save as CSV UTF-8', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await choose('ansokningar.txt', Buffer.from(`\uFEFF${[HEADER, ...ROWS].join('\r\n').replace(/;/g, '\t')}`, 'utf16le'));
    await page
      .getByText(
        'ansokningar.txt kan inte importeras. Filen är sparad som Unicode-text (UTF-16), som importen inte läser. Spara filen som CSV UTF-8 (kommaavgränsad) i Excel och försök igen.',
      )
      .waitFor();
    expect(await page.locator('[data-import-preview]').count()).toBe(0);

    await page
      .locator('input[data-import-file]')
      .setInputFiles({ name: 'ansokningar.xlsx', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) });
    await page.getByText(/^ansokningar\.xlsx kan inte importeras\. Filen är en Excel-arbetsbok \(\.xlsx\), inte en CSV-fil\./).waitFor();
  });

  it('REC-1: in English the preview and the diagnosis read in English', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await toEnglish();
    await choose('ansokningar.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'Import applications', 'Round');
    await page.getByText(/^ansokningar\.xlsx cannot be imported\. The file is an Excel workbook \(\.xlsx\), not a CSV file\./).waitFor();
    await snapshot('xlsx-en');
    await page.locator('input[data-import-file]').setInputFiles({ name: 'ansokningar-excel.csv', mimeType: 'text/csv', buffer: excelWindows1252() });
    await page.locator('[data-import-preview]').waitFor();
    expect(await page.locator('[data-import-summary]').innerText()).toBe(
      'Character encoding: Windows-1252 (Excel: CSV semicolon delimited). Separator: semicolon. 3 rows of applications.',
    );
    await page.getByRole('row', { name: 'förnamn Given name' }).waitFor();
    await page.getByRole('button', { name: 'Import 3 applications' }).waitFor();
  });
});
