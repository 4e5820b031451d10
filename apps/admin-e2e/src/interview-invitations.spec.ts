import fs from 'node:fs';
import path from 'node:path';
import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { roundReadyForScoring } from './support/recruitment-setup';
import { previewSlots } from './support/slot-planner';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');
const ROOM = 'Sammanträdesrum 3, Växjö';

/**
 * REC-6 on the default calendar (deadline 2026-10-02, interviews 2026-11-23 and 24, the graph's day
 * 2026-11-22): HR lays out times with a lunch break, a room and a panel, checks them before saving,
 * books an applicant, fetches the invitation as a calendar file and records that it was sent (late).
 */
describe(`interview times and invitations in chromium on ${testEngine()}`, () => {
  let round: Awaited<ReturnType<typeof roundReadyForScoring>>;
  const suite = browserSuite(async (graph) => {
    round = await roundReadyForScoring(graph, fs.readFileSync(SAMPLE_CSV, 'utf8'));
  });

  it('REC-6: HR lays out times with lunch, room and panel, sees them before saving, books, downloads the invitation and records it as sent', async () => {
    const page = suite.page;
    const panel = [suite.graph.viewer('hr-samordnare').name, suite.graph.viewer('studierektor-sluten').name];
    await signIn(page, suite.admin.url, 'hr-samordnare');
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/show`);
    await page
      .locator('[data-no-slots]')
      .getByText(/Fyll i Lägg ut intervjutider nedan/)
      .waitFor();

    // shown before saving: 08:30–16:30 in 45 minutes, nothing in the lunch 12:00–13:00
    expect(await previewSlots(page, { room: ROOM, panel, lunchStart: '12:00', lunchMinutes: '60' })).toBe(16);
    const times = await page.locator('[data-slot-preview] tbody tr td:first-child').allInnerTexts();
    expect(times.slice(0, 5)).toEqual([
      '2026-11-23 08:30–09:15',
      '2026-11-23 09:15–10:00',
      '2026-11-23 10:00–10:45',
      '2026-11-23 10:45–11:30',
      '2026-11-23 13:00–13:45',
    ]);
    expect(await page.locator('[data-slot-preview] tbody tr').first().innerText()).toContain(ROOM);
    expect(await page.locator('[data-slot-list]').count()).toBe(0);
    await keepScreenshot(page, 'interview-invitations-preview-sv');

    await page.getByRole('button', { name: 'Spara 16 intervjutider' }).click();
    await page.getByText('16 intervjutider sparades.').waitFor();
    await page.locator('[data-slot-list] tbody tr').nth(15).waitFor();
    expect(await page.locator('[data-slot-list] tbody tr').first().innerText()).toContain(
      `${ROOM}\t${[...panel].sort((a, b) => a.localeCompare(b, 'sv')).join(', ')}`,
    );

    // booked from the application, which then shows the invitation
    const applicant = round.applicants[0];
    await page.goto(`${suite.admin.url}/#/applications/${applicant.id}/show`);
    await page.getByRole('combobox', { name: 'Välj en ledig tid' }).click();
    await page.getByRole('option', { name: '2026-11-23 08:30–09:15' }).click();
    await page.getByRole('button', { name: 'Boka intervju' }).click();
    const invitation = page.locator('[data-invitation]');
    await invitation.getByText(`Kallelse till intervju 2026-11-23 08:30–09:15 i ${ROOM}.`, { exact: false }).waitFor();
    expect(await invitation.innerText()).toContain('Kallelse skickad: Ej registrerad');
    await keepScreenshot(page, 'interview-invitations-application-sv');
    const [download] = await Promise.all([page.waitForEvent('download'), invitation.getByRole('button', { name: /Hämta kallelsen till/ }).click()]);
    expect(download.suggestedFilename()).toBe(`kallelse-${applicant.name}.ics`);
    const calendar = fs.readFileSync((await download.path())!, 'utf8');
    expect(calendar).toContain('DTSTART:20261123T073000Z'); // 08:30 Swedish winter time
    expect(calendar).toContain(`LOCATION:${ROOM.replace(',', '\\,')}`);

    // REC-6: recorded as sent today, later than a week after the deadline: warned before and after
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/show`);
    const sent = page.locator('[data-invitations-sent]');
    await sent.getByText('1 kallad sökande utan registrerad kallelse.').waitFor();
    expect(await sent.getByLabel('Kallelserna skickades den').inputValue()).toBe('2026-11-22');
    await sent
      .locator('[data-invitations-late="chosen"]')
      .getByText(/riktlinjen är att kallelserna skickas senast 2026-10-09/)
      .waitFor();
    await sent.getByRole('button', { name: 'Registrera att kallelser skickats' }).click();
    const dialog = page.locator('[data-consequence-dialog]');
    await dialog.getByText(`Kallelsen till 1 sökande (${applicant.name}) registreras som skickad 2026-11-22.`).waitFor();
    await dialog.getByText(/Senare än en vecka efter sista ansökningsdag \(2026-10-02\)/).waitFor();
    await keepScreenshot(page, 'interview-invitations-confirm-sv');
    await dialog.getByRole('button', { name: 'Registrera att kallelser skickats' }).click();
    await sent.getByText('Alla kallade sökande har en registrerad kallelse.').waitFor();
    await sent.locator('[data-invitations-late="recorded"]').waitFor();
    expect(await page.locator('[data-slot="booked"]').innerText()).toContain('2026-11-22');
    await keepScreenshot(page, 'interview-invitations-recorded-sv');

    // the same page in English (kept as the test's own screenshot)
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page
      .locator('[data-invitations-late="recorded"]')
      .getByText(/Later than a week after the application deadline \(02\/10\/2026\)/)
      .waitFor();
    await page.getByText('Lay out interview times', { exact: true }).first().waitFor();
    await page.getByText('Every invited applicant has a recorded invitation.').waitFor();
  });
});
