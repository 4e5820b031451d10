import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** ABS-1–ABS-12 in the dashboard: decisions on leave, the service ledger, applying, and health data hidden. */
describe(`absence and leave applications in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const page = () => suite.page;
  const trainee = (username: string) => suite.graph.data.trainees.find((t) => t.username === username)!;
  const ask = async <T>(username: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await suite.graph.query<T>(query, { token: suite.graph.tokenFor(username), variables });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const ABSENCES = `query ($traineeId: ID!) { traineeAbsences(traineeId: $traineeId) { id kind status decisionReason decidedByName decidingUnit { id } } }`;
  const LEDGER = `query ($traineeId: ID!) { traineeServiceLedger(traineeId: $traineeId) { twelveMonthsReachedOn serviceDaysInEmployment } }`;
  type Row = { id: string; kind: string; status: string; decisionReason: string | null; decidedByName: string | null; decidingUnit: { id: string } | null };
  const absences = async (username: string) =>
    (await ask<{ traineeAbsences: Row[] }>('atbt-chef', ABSENCES, { traineeId: trainee(username).id })).traineeAbsences;
  /** The demo person who heads the unit an application of the trainee waits at (ABS-3). */
  const headFor = (row: Row) => {
    const unit = suite.graph.data.units.find((u) => u.id === row.decidingUnit!.id)!;
    return suite.graph.data.people.find((p) => p.id === unit.headOfUnitId)!.username;
  };
  const toEnglish = async () => {
    await page()
      .getByRole('button', { name: /Svenska/i })
      .click();
    await page().getByRole('menuitem', { name: 'English' }).click();
  };

  it('ABS-3, ABS-8: a head of unit approves parental leave and sees the service ledger move', async () => {
    const sara = trainee('bt-sara.aberg');
    const applied = (await absences('bt-sara.aberg')).find((row) => row.kind === 'PARENTAL_LEAVE' && row.status === 'APPLIED')!;
    const head = headFor(applied);
    expect(head).toMatch(/^vc-/);
    const before = (await ask<{ traineeServiceLedger: { twelveMonthsReachedOn: string } }>('atbt-chef', LEDGER, { traineeId: sara.id })).traineeServiceLedger;

    await signIn(page(), suite.admin.url, head);
    await page().getByRole('menuitem', { name: 'Ledighetsansökningar' }).click();
    const row = page().locator(`[data-absence-application="${applied.id}"]`);
    await row.waitFor();
    // ABS-8: applied a month ahead, the warning stands beside the application
    await row.locator('[data-warning="PARENTAL_LEAVE_SHORT_NOTICE"]').waitFor();
    await row.getByRole('button', { name: 'Tjänstgöring' }).click();
    const twelveMonths = page().locator(`[data-ledger-of="${sara.id}"] [data-ledger="twelve-months"] [data-ledger-value]`);
    await twelveMonths.waitFor();
    const shownBefore = await twelveMonths.innerText();
    await keepScreenshot(page(), 'absence-applications-sv');

    await row.getByRole('button', { name: 'Bevilja' }).click();
    const dialog = page().locator('[data-consequence-dialog]');
    // ABS-12: the effect on the date 12 months are reached, before deciding
    await dialog.locator('[data-projection-after]').waitFor();
    await keepScreenshot(page(), 'absence-approve-sv');
    await dialog.getByRole('button', { name: 'Bevilja' }).click();
    await page().getByText('Ansökan beviljades.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page().locator(`[data-ledger-of="${sara.id}"] [data-ledger="twelve-months"] [data-ledger-value]`, { hasNotText: shownBefore }).waitFor();

    const after = (await ask<{ traineeServiceLedger: { twelveMonthsReachedOn: string } }>('atbt-chef', LEDGER, { traineeId: sara.id })).traineeServiceLedger;
    expect(after.twelveMonthsReachedOn > before.twelveMonthsReachedOn).toBe(true);
    expect((await absences('bt-sara.aberg')).find((r) => r.id === applied.id)).toMatchObject({ status: 'APPROVED' });
  });

  it('ABS-3: refusing asks for the reason, and the refused application leaves the list (in English)', async () => {
    const applied = (await absences('bt-gustav.aberg')).find((row) => row.kind === 'VACATION' && row.status === 'APPLIED')!;
    await suite.inEnglish();
    await signIn(page(), suite.admin.url, headFor(applied));
    await toEnglish();
    await page().getByRole('menuitem', { name: 'Leave applications' }).click();
    const row = page().locator(`[data-absence-application="${applied.id}"]`);
    await row.waitFor();
    await keepScreenshot(page(), 'absence-applications-en');
    await row.getByRole('button', { name: 'Refuse' }).click();
    const dialog = page().locator('[data-consequence-dialog]');
    const refuse = dialog.getByRole('button', { name: 'Refuse' });
    expect(await refuse.isDisabled()).toBe(true);
    await dialog.getByLabel('Why is the application refused?').fill('Bemanningen vid jul är redan fylld.');
    await keepScreenshot(page(), 'absence-refuse-en');
    await refuse.click();
    await page().getByText('The application was refused.').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await absences('bt-gustav.aberg')).find((r) => r.id === applied.id)).toMatchObject({
      status: 'REFUSED',
      decisionReason: 'Bemanningen vid jul är redan fylld.',
    });
  });

  it('ABS-12: the Director grants research leave individually, with a reason and the effect confirmed', async () => {
    const applied = (await absences('bt-alva.oberg')).find((row) => row.kind === 'RESEARCH_LEAVE' && row.status === 'APPLIED')!;
    await signIn(page(), suite.admin.url, 'atbt-chef');
    await page().getByRole('menuitem', { name: 'Ledighetsansökningar' }).click();
    const row = page().locator(`[data-absence-application="${applied.id}"]`);
    await row.getByRole('button', { name: 'Bevilja' }).click();
    const dialog = page().locator('[data-consequence-dialog]');
    await dialog.locator('[data-projection-after]').waitFor();
    const approve = dialog.getByRole('button', { name: 'Bevilja' });
    expect(await approve.isDisabled()).toBe(true);
    await dialog.getByLabel('Motivering').fill('Forskningsplan och finansiering finns; tiden ryms i anställningen.');
    expect(await approve.isDisabled()).toBe(true);
    await dialog.getByLabel('Jag har sett effekten på tjänstgöringstiden').check();
    await keepScreenshot(page(), 'absence-director-approve-sv');
    await approve.click();
    await page().getByText('Ansökan beviljades.').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await absences('bt-alva.oberg')).find((r) => r.id === applied.id)).toMatchObject({
      status: 'APPROVED',
      decisionReason: 'Forskningsplan och finansiering finns; tiden ryms i anställningen.',
    });
  });

  it('ABS-8: the trainee applies for parental leave at short notice and sees the warning', async () => {
    const ida = trainee('bt-ida.olsson');
    const end = ida.employmentEnd < '2026-12-18' ? ida.employmentEnd : '2026-12-18';
    await signIn(page(), suite.admin.url, 'bt-ida.olsson');
    await page().goto(`${suite.admin.url}/#/trainees/${ida.id}/show/absence`);
    await page().locator('[data-service-ledger]').waitFor();
    const rows = await page().locator('[data-absence]').count();
    await page().getByRole('button', { name: 'Ansök om ledighet' }).click();
    await page().getByRole('combobox', { name: 'Typ' }).click();
    await page().getByRole('option', { name: 'Föräldraledighet' }).click();
    await page().getByLabel('Första dag').fill('2026-12-07');
    await page().getByLabel('Sista dag').fill(end);
    await page().getByRole('button', { name: 'Skicka ansökan' }).click();
    await page().locator('[data-applied-warnings] [data-warning="PARENTAL_LEAVE_SHORT_NOTICE"]').waitFor();
    await page().locator('[data-absence-table] [data-warning="PARENTAL_LEAVE_SHORT_NOTICE"]').waitFor();
    expect(await page().locator('[data-absence]').count()).toBe(rows + 1);
    await keepScreenshot(page(), 'absence-tab-sv');

    // withdrawing asks first, then the application is withdrawn
    const applied = page().locator('[data-absence][data-status="APPLIED"]', { hasText: 'Föräldraledighet' });
    await applied.getByRole('button', { name: 'Återta' }).click();
    await page().locator('[data-consequence-dialog]').getByRole('button', { name: 'Återta' }).click();
    await page().getByText('Ansökan återtogs.').waitFor();
    await page().locator('[data-absence][data-status="WITHDRAWN"]', { hasText: 'Föräldraledighet' }).waitFor();
  });

  it('ABS-12: HR sees the projection before applying for research leave for a trainee (in English)', async () => {
    const ida = trainee('bt-ida.olsson');
    await suite.inEnglish();
    await signIn(page(), suite.admin.url, 'hr-samordnare');
    await toEnglish();
    await page().goto(`${suite.admin.url}/#/trainees/${ida.id}/show/absence`);
    await page().locator('[data-service-ledger]').waitFor();
    await keepScreenshot(page(), 'absence-tab-en');
    await page().getByRole('button', { name: 'Apply for leave' }).click();
    await page().getByRole('combobox', { name: 'Kind' }).click();
    await page().getByRole('option', { name: 'Research leave' }).click();
    await page().getByLabel('First day').fill('2026-12-14');
    await page().getByLabel('Last day').fill('2026-12-18');
    const projection = page().locator('[data-projection-after]');
    await projection.waitFor();
    expect(await projection.innerText()).toMatch(/^12 months reached with the leave: .+ \(\d+ days later\)$/);
    await keepScreenshot(page(), 'absence-apply-en');
  });

  it('ABS-2: the clinical supervisor judges the absence during the placement; "not acceptable" needs a note', async () => {
    const ida = trainee('bt-ida.olsson');
    const placement = suite.graph.data.placements.find((p) => p.traineeId === ida.id && p.startDate <= '2026-11-22' && p.endDate >= '2026-11-22')!;
    await signIn(page(), suite.admin.url, 'hhl-vc-teleborg-1');
    await page().goto(`${suite.admin.url}/#/trainees/${ida.id}/show/absence`);
    const row = page().locator(`[data-placement-ledger-row="${placement.id}"]`);
    await row.getByRole('button', { name: 'Bedöm' }).click();
    await page().getByLabel('Frånvaron är inte godtagbar').check();
    await page().getByRole('button', { name: 'Spara' }).click();
    // the server's refusal stands at the note, in Swedish, and the dialog stays open
    await page().locator('.MuiFormHelperText-root.Mui-error').waitFor();
    await page().getByLabel('Anteckning').fill('Fyra dagars frånvaro; målen för placeringen nås ändå inte utan förlängning.');
    await page().getByRole('button', { name: 'Spara' }).click();
    await page().getByText('Bedömningen registrerades.').waitFor();
    await row.locator('[data-judgement="false"]').waitFor();
    expect(await row.innerText()).toContain('Inte godtagbar');
  });

  it('ABS-3, GDPR art. 9: a director of studies sees sick leave only as "Frånvaro"', async () => {
    const ida = trainee('bt-ida.olsson');
    await signIn(page(), suite.admin.url, 'studierektor-primar');
    await page().goto(`${suite.admin.url}/#/trainees/${ida.id}/show/absence`);
    await page().locator('[data-absence-table]').waitFor();
    const labels = await page().locator('[data-absence-label]').allInnerTexts();
    expect(labels).toContain('Frånvaro');
    expect(labels).toContain('Semester');
    const text = await page().locator('[data-absence-tab]').innerText();
    expect(text).not.toContain('Sjukfrånvaro');
    expect(text).not.toContain('Magsjuka');
    // no applying, deciding or judging for a director of studies
    expect(await page().getByRole('button', { name: 'Ansök om ledighet' }).count()).toBe(0);
    expect(await page().getByRole('menuitem', { name: 'Ledighetsansökningar' }).count()).toBe(0);
  });
});
