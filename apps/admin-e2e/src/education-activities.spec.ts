import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { expectMainSupervisorKeptOut } from './support/kept-out';

const ACTIVITIES = `query ($siteId: ID!, $from: Date!, $to: Date!) {
  educationActivities(siteId: $siteId, from: $from, to: $to) { id version title attendance { status trainee { id } } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: EducationActivityInput!) {
  updateEducationActivity(id: $id, version: $version, input: $input) { activity { version } } }`;

interface Listed {
  id: string;
  version: number;
  title: string;
  attendance: { status: string; trainee: { id: string } }[];
}

/** EDU-4, EDU-6: the screen of a main site's education activities, a month at a time (the graph's day: 2026-11-22). */
describe(`education activities in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const page = () => suite.page;
  const TITLE = 'Seminarium: den multisjuka äldre patienten';
  const row = (title: string) => page().locator(`[data-activity="${title}"]`);

  async function openActivities(username: string) {
    await signIn(page(), suite.admin.url, username);
    await page().getByRole('menuitem', { name: 'Utbildningsaktiviteter' }).click();
    await page().locator('[data-month="2026-11"]').waitFor();
    await page().locator('[data-weeks-without-teaching]').waitFor();
  }

  /** November 2026 at Växjö, as the graph has it. */
  async function listed(title: string): Promise<Listed> {
    const vaxjo = suite.graph.data.sites.find((site) => site.name === 'Växjö')!;
    const { data } = await suite.graph.query<{ educationActivities: Listed[] }>(ACTIVITIES, {
      token: suite.graph.tokenFor('studierektor-sluten'),
      variables: { siteId: vaxjo.id, from: '2026-11-01', to: '2026-11-30' },
    });
    return data!.educationActivities.find((activity) => activity.title === title)!;
  }

  async function choose(label: string, option: string) {
    await page().getByRole('combobox', { name: label }).click();
    await page().getByRole('option', { name: option }).click();
  }

  it('a director of studies plans a seminar on a Thursday: saved with the warning, listed; the weeks without AT/BT teaching above', async () => {
    await openActivities('studierektor-sluten');
    // the director of studies' own main site, November 2026: no AT/BT teaching planned in any of its weeks
    expect(await page().getByRole('combobox', { name: 'Huvudort' }).innerText()).toBe('Växjö');
    expect(await page().locator('[data-weeks-without-teaching]').innerText()).toBe(
      'Veckor utan AT/BT-undervisning för hela huvudorten: v. 44, 45, 46, 47, 48, 49.',
    );
    await page().getByRole('button', { name: 'Planera aktivitet' }).click();
    const dialog = page().locator('[data-activity-dialog]');
    await choose('Slag', 'Seminarium i primärvården');
    await dialog.getByLabel('Rubrik').fill(TITLE);
    await dialog.getByLabel('Datum').fill('2026-11-26');
    await dialog.getByLabel('Starttid').fill('13:00');
    await dialog.getByLabel('Sluttid').fill('16:30');
    await dialog.getByLabel('Plats').fill('Vårdcentralen Teleborg');
    await page().getByRole('combobox', { name: 'Delmål' }).click();
    await page().locator('[data-goal-option="BT18"]').click();
    await page().locator('[data-goal-option="BT1"]').click();
    await page().keyboard.press('Escape');
    await dialog.locator('[data-save-activity]').click();

    await page().locator('[data-activity-warnings]').getByText('Seminarierna i primärvården hålls på onsdagseftermiddagar').waitFor();
    await row(TITLE).waitFor();
    expect(await row(TITLE).innerText()).toMatch(/2026-11-26\s+13:00–16:30\s+Seminarium i primärvården\s+.*Teleborg\s+Hela huvudorten\s+BT1, BT18/);
  });

  it('a refused save keeps what was typed, the message at the end time; then the seminar is moved to the Wednesday', async () => {
    await openActivities('studierektor-sluten');
    await page().getByRole('button', { name: 'Planera aktivitet' }).click();
    const dialog = page().locator('[data-activity-dialog]');
    await choose('Slag', 'Kurs');
    await dialog.getByLabel('Rubrik').fill('Kurs: EKG för BT-läkare');
    await dialog.getByLabel('Datum').fill('2026-11-24');
    await dialog.getByLabel('Starttid').fill('13:00');
    await dialog.getByLabel('Sluttid').fill('09:00');
    await dialog.locator('[data-save-activity]').click();
    await dialog.getByText('Aktiviteten måste sluta efter att den börjat.').waitFor();
    expect(await dialog.getByLabel('Rubrik').inputValue()).toBe('Kurs: EKG för BT-läkare');
    expect(await dialog.getByLabel('Sluttid').inputValue()).toBe('09:00');
    expect(await dialog.getByLabel('Sluttid').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await row('Kurs: EKG för BT-läkare').count()).toBe(0);

    await row(TITLE).getByRole('button', { name: 'Ändra' }).click();
    const edit = page().locator('[data-activity-dialog]');
    expect(await edit.getByLabel('Rubrik').inputValue()).toBe(TITLE);
    await edit.getByLabel('Datum').fill('2026-11-25');
    await edit.locator('[data-save-activity]').click();
    await page().getByText('Aktiviteten sparades.').waitFor();
    await row(TITLE).getByText('2026-11-25').waitFor();
    expect(await page().locator('[data-activity-warnings]').count()).toBe(0);
  });

  it('attendance for two BT doctors; then deleting the activity is refused with the reason', async () => {
    await openActivities('studierektor-sluten');
    await row(TITLE).getByRole('button', { name: 'Närvaro' }).click();
    const dialog = page().locator('[data-attendance-dialog]');
    const trainees = dialog.locator('[data-attendance-trainee]');
    await trainees.first().waitFor();
    expect(await trainees.count()).toBeGreaterThan(2);
    await trainees.nth(0).getByLabel('Närvarande').check();
    await trainees.nth(1).getByLabel('Frånvarande med skäl').check();
    const [first, second] = [await trainees.nth(0).getAttribute('data-attendance-trainee'), await trainees.nth(1).getAttribute('data-attendance-trainee')];
    await dialog.locator('[data-save-attendance]').click();
    await page().getByText('Närvaron sparades.').waitFor();

    const recorded = (await listed(TITLE)).attendance;
    expect(recorded.map((entry) => [entry.trainee.id, entry.status]).sort()).toEqual(
      [
        [first, 'ATTENDED'],
        [second, 'EXCUSED'],
      ].sort(),
    );

    // opened again: prefilled from what was recorded
    await row(TITLE).getByRole('button', { name: 'Närvaro' }).click();
    expect(await page().locator(`[data-attendance-trainee="${second}"]`).getByLabel('Frånvarande med skäl').isChecked()).toBe(true);
    expect(await page().locator(`[data-attendance-trainee="${first}"]`).getByLabel('Närvarande').isChecked()).toBe(true);
    await page().locator('[data-attendance-dialog]').getByRole('button', { name: 'Avbryt' }).click();

    await row(TITLE).getByRole('button', { name: 'Ta bort' }).click();
    const confirm = page().locator('[data-consequence-dialog]');
    await confirm.getByText('Det går inte att ångra.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Ta bort aktiviteten' }).click();
    await page().getByText('Närvaro är redan registrerad för aktiviteten, så den kan inte tas bort.').waitFor();
    expect(await row(TITLE).count()).toBe(1);
  });

  it('in English: the month, kinds, weeks and the server’s warning; a month forward and back', async () => {
    await suite.inEnglish();
    await signIn(page(), suite.admin.url, 'atbt-chef');
    await page()
      .getByRole('button', { name: /Svenska/i })
      .click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await page().getByRole('menuitem', { name: 'Education activities' }).click();
    await page().getByRole('heading', { name: 'November 2026' }).waitFor();
    await row(TITLE).getByText('Primary care seminar').waitFor();
    expect(await row(TITLE).innerText()).toContain('Whole main site');
    // the day the British way, day first (the seminar moved to 2026-11-25 above)
    expect(await row(TITLE).innerText()).toMatch(/^25\/11\/2026\s/);
    await page().getByRole('button', { name: 'Next month' }).click();
    await page().getByRole('heading', { name: 'December 2026' }).waitFor();
    await page().getByText('Weeks without AT/BT teaching for the whole main site: weeks 49, 50, 51, 52, 53.').waitFor();
    await page().getByRole('button', { name: 'Previous month' }).click();
    await row(TITLE).waitFor();

    await page().getByRole('button', { name: 'Plan activity' }).click();
    const dialog = page().locator('[data-activity-dialog]');
    await choose('Kind', 'Primary care seminar');
    await dialog.getByLabel('Title').fill('Seminarium: palliativ vård');
    await dialog.getByLabel('Date').fill('2026-11-27');
    await dialog.locator('[data-save-activity]').click();
    await page().locator('[data-activity-warnings]').getByText('The primary care seminars are held on Wednesday afternoons', { exact: false }).waitFor();
    await row('Seminarium: palliativ vård').waitFor();
  });

  it('a change saved over someone else’s says so, keeps what was typed, and is saved on the second click', async () => {
    const PALLIATIVE = 'Seminarium: palliativ vård';
    await openActivities('studierektor-sluten');
    await row(PALLIATIVE).getByRole('button', { name: 'Ändra' }).click();
    const dialog = page().locator('[data-activity-dialog]');
    const other = await listed(PALLIATIVE);
    const { errors } = await suite.graph.query(UPDATE, {
      token: suite.graph.tokenFor('atbt-chef'),
      variables: {
        id: other.id,
        version: other.version,
        // as planned in English above, now with a location
        input: {
          kind: 'PRIMARY_CARE_SEMINAR',
          title: PALLIATIVE,
          date: '2026-11-27',
          startTime: '13:00',
          endTime: '17:00',
          location: 'Lasarettet',
          goalCodes: [],
        },
      },
    });
    expect(errors).toBeUndefined();
    await dialog.getByLabel('Datum').fill('2026-11-25');
    await dialog.locator('[data-save-activity]').click();
    await page().getByText('Ändrad av någon annan – läs in igen').waitFor();
    await row(PALLIATIVE).getByText('Lasarettet').waitFor();
    expect(await dialog.getByLabel('Datum').inputValue()).toBe('2026-11-25');
    await dialog.locator('[data-save-activity]').click();
    await page().getByText('Aktiviteten sparades.').waitFor();
    await row(PALLIATIVE).getByText('2026-11-25').waitFor();
    expect((await listed(PALLIATIVE)).version).toBe(other.version + 2);
  });

  it('the plan dialog offers the whole main site or one of its cohorts, and the 18 goals with their titles', async () => {
    await openActivities('bitr-atbt-chef');
    // the deputy director plans on her own main site only (ORG-1): it is the one shown
    expect(await page().getByRole('combobox', { name: 'Huvudort' }).innerText()).toBe('Ljungby');
    await page().getByRole('button', { name: 'Planera aktivitet' }).click();
    await page().getByRole('combobox', { name: 'För' }).click();
    const ljungby = suite.graph.data.sites.find((site) => site.name === 'Ljungby')!;
    const cohorts = suite.graph.data.cohorts.filter((cohort) => cohort.siteId === ljungby.id).map((cohort) => cohort.name);
    expect((await page().getByRole('option').allInnerTexts()).sort()).toEqual(['Hela huvudorten', ...cohorts].sort());
    await page().getByRole('option', { name: cohorts[0] }).click();
    await page().getByRole('combobox', { name: 'Delmål' }).click();
    expect(await page().locator('[data-goal-option]').count()).toBe(18);
    await page().locator('[data-goal-option="BT18"]').getByText('BT18 Dödsbevis och dödsorsaksintyg').waitFor();
    await page().keyboard.press('Escape');
  });

  it('a main supervisor has no menu item, and the address says not allowed', () =>
    expectMainSupervisorKeptOut(suite, 'Utbildningsaktiviteter', '/education-activities'));
});
