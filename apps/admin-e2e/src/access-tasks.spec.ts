import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { expectMainSupervisorKeptOut } from './support/kept-out';

const DUE = `query ($siteId: ID!, $withinDays: Int!) {
  accessTasksDue(siteId: $siteId, withinDays: $withinDays, page: 1, perPage: 500) { total items { id kind dueDate trainee { id name } } } }`;
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { accessTasks { id doneOn doneBy { username } } } }`;

/** The graph's day in the demo data. */
const TODAY = '2026-11-22';

interface Due {
  id: string;
  kind: string;
  dueDate: string;
  trainee: { id: string; name: string };
}

const vaxjoOf = (graph: TestGraph) => graph.data.sites.find((site) => site.name === 'Växjö')!.id;

const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!) { updatePlacement(id: $id, planVersion: $planVersion, input: {}) { version } }`;
const PLACEMENTS = 'query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version placements { id } } }';

/**
 * Every trainee employed on the graph's day has a draft plan, made at employment: Fredrik Åberg (starts
 * in January 2027) gets every task. The Växjö BT doctors already in BT get none due before their plans
 * were made (ACC-1–ACC-3); here their plans are taken as made a year before, before they started, and
 * never ticked: their tasks are overdue. (The day a plan was made is set in education's database and
 * the tasks follow at the plan's next change.)
 */
async function setup(graph: TestGraph) {
  await graph.readModelsCurrent();
  const inBt = graph.data.trainees.filter((t) => t.siteId === vaxjoOf(graph) && t.employmentStart <= TODAY && t.employmentEnd >= TODAY);
  const token = graph.tokenFor('studierektor-sluten');
  for (const trainee of inBt) {
    await graph.databases.education.dataSource.query('UPDATE training_plan SET draftedOn = ? WHERE traineeId = ?', ['2025-01-01', trainee.id]);
    const { data } = await graph.query<{ trainingPlan: { version: number; placements: { id: string }[] } }>(PLACEMENTS, {
      token,
      variables: { traineeId: trainee.id },
    });
    const changed = await graph.query(UPDATE_PLACEMENT, {
      token,
      variables: { id: data!.trainingPlan.placements[0].id, planVersion: data!.trainingPlan.version },
    });
    expect(changed.errors).toBeUndefined();
  }
}

/** ACC-1–ACC-3: admin support's and HR's list of access to arrange before and during BT (the graph's day: 2026-11-22). */
describe(`access tasks in chromium on ${testEngine()}`, () => {
  const suite = browserSuite(setup);
  const page = () => suite.page;
  const rows = () => page().locator('[data-access-task]');
  const row = (id: string) => page().locator(`[data-access-task="${id}"]`);
  const rowIds = async () => (await rows().evaluateAll((elements) => elements.map((element) => element.getAttribute('data-access-task')))) as string[];

  async function due(withinDays: number, siteId = vaxjoOf(suite.graph)): Promise<Due[]> {
    const { data } = await suite.graph.query<{ accessTasksDue: { items: Due[] } }>(DUE, {
      token: suite.graph.tokenFor('adm-stod'),
      variables: { siteId, withinDays },
    });
    return data!.accessTasksDue.items;
  }

  async function choose(label: string, option: string) {
    await page().getByRole('combobox', { name: label }).click();
    await page().getByRole('option', { name: option, exact: true }).click();
  }

  async function openAccessTasks(menuItem = 'Behörigheter att ordna') {
    await page().getByRole('menuitem', { name: menuItem }).click();
    await rows().first().waitFor();
  }

  it('admin support sees what is due by due date, overdue in red, page by page; wider with 56 days; nothing at Ljungby; a link to the BT doctor', async () => {
    await signIn(page(), suite.admin.url, 'adm-stod');
    await openAccessTasks();
    expect(await page().getByRole('combobox', { name: 'Huvudort' }).innerText()).toBe('Växjö');
    expect(await page().getByRole('combobox', { name: 'Inom' }).innerText()).toBe('28 dagar');

    // within 28 days: only what is overdue, of the trainees already in BT (Fredrik's first task is due 2027-01-11)
    const within28 = await due(28);
    expect(within28.length).toBeGreaterThan(25);
    expect(within28.every((task) => task.dueDate < TODAY)).toBe(true);
    expect(await rowIds()).toEqual(within28.slice(0, 25).map((task) => task.id));
    const first = row(within28[0].id);
    expect(await first.getAttribute('data-overdue')).toBe('true');
    expect(await first.locator('td').first().innerText()).toMatch(new RegExp(`^${within28[0].dueDate}\\s+Försenad$`));
    expect(
      await first
        .locator('td')
        .first()
        .evaluate((cell) => getComputedStyle(cell).color),
    ).toBe('rgb(211, 47, 47)');
    await page().getByText(`1–25 av ${within28.length}`).waitFor();

    // 56 days reach Fredrik's record-system access and his first move; on the second page
    await choose('Inom', '56 dagar');
    const within56 = await due(56);
    const fredrik = within56.filter((task) => task.trainee.name === 'Fredrik Åberg');
    expect(fredrik.map((task) => [task.dueDate, task.kind])).toEqual([
      ...Array(4).fill(['2027-01-11', 'RECORD_ACCESS']),
      ['2027-01-17', 'ADMINISTRATIVE_MOVE'],
    ]);
    await page().getByText(`1–25 av ${within56.length}`).waitFor();
    await page().getByRole('button', { name: 'Nästa sida' }).click();
    await page()
      .getByText(`26–${Math.min(50, within56.length)} av ${within56.length}`)
      .waitFor();
    expect(await rowIds()).toEqual(within56.slice(25, 50).map((task) => task.id));
    // on to the page with Fredrik's move
    const movePage = Math.floor(within56.findIndex((task) => task.id === fredrik[4].id) / 25) + 1;
    for (let shown = 2; shown < movePage; shown++) await page().getByRole('button', { name: 'Nästa sida' }).click();
    const move = row(fredrik[4].id);
    await move.waitFor();
    expect(await move.getAttribute('data-overdue')).toBeNull();
    const cells = (id: string) => row(id).locator('td').allInnerTexts();
    // the placement's start only where a placement is concerned (ACC-3)
    expect((await cells(fredrik[4].id)).slice(0, 5)).toEqual([
      '2027-01-17',
      'Administrativ flytt och BT-maillista',
      expect.stringMatching(/^Vårdcentralen /),
      'Fredrik Åberg',
      '2027-01-18',
    ]);
    const recordAccess = within56.slice((movePage - 1) * 25, movePage * 25).find((task) => task.kind === 'RECORD_ACCESS')!;
    expect((await cells(recordAccess.id)).slice(0, 5)).toEqual([
      recordAccess.dueDate,
      'Journalbehörighet beställd',
      expect.any(String),
      recordAccess.trainee.name,
      '',
    ]);

    // Ljungby's list is its own trainees': those in BT, whose plans were made on the graph's day, have nothing overdue (ACC-1–ACC-3)
    await choose('Huvudort', 'Ljungby');
    const ljungby = await due(56, suite.graph.data.sites.find((site) => site.name === 'Ljungby')!.id);
    expect(ljungby.length).toBeGreaterThan(0);
    expect(ljungby.every((task) => task.dueDate >= TODAY)).toBe(true);
    await row(ljungby[0].id).waitFor();
    expect(await rowIds()).toEqual(ljungby.slice(0, 25).map((task) => task.id));

    // the BT doctor's name leads to their page
    await choose('Huvudort', 'Växjö');
    for (let shown = 1; shown < movePage; shown++) await page().getByRole('button', { name: 'Nästa sida' }).click();
    await move.getByRole('link', { name: 'Fredrik Åberg' }).click();
    await page().waitForURL(new RegExp(`#/trainees/${fredrik[4].trainee.id}/show`));
  });

  it('admin support ticks a task done: a day ahead of today is refused in the dialog, then the day it was done; the row leaves the list', async () => {
    await signIn(page(), suite.admin.url, 'adm-stod');
    await openAccessTasks();
    const [task] = await due(28);
    await row(task.id).getByRole('button', { name: 'Klar' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByText(`Klar: Journalbehörighet beställd, ${task.trainee.name}`).waitFor();
    expect(await dialog.getByLabel('Gjord den').inputValue()).toBe(TODAY);

    await dialog.getByLabel('Gjord den').fill('2026-11-23');
    await dialog.getByRole('button', { name: 'Klar' }).click();
    await dialog.getByText(`En uppgift bockas av när den är gjord, senast i dag (${TODAY}).`).waitFor();
    // said once, at the day it is about: not again above the buttons nor in a toast
    expect(await page().getByText('En uppgift bockas av när den är gjord').count()).toBe(1);
    expect(await dialog.locator('[data-dialog-error]').count()).toBe(0);
    expect(await dialog.getByLabel('Gjord den').inputValue()).toBe('2026-11-23');
    expect(await dialog.getByLabel('Gjord den').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Gjord den').fill('2026-01-05');
    await dialog.getByRole('button', { name: 'Klar' }).click();
    await page().getByText('Uppgiften är avbockad.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row(task.id).waitFor({ state: 'detached' });
    expect(await rowIds()).toEqual((await due(28)).slice(0, 25).map((listed) => listed.id));
    const { data } = await suite.graph.query<{ trainingPlan: { accessTasks: { id: string; doneOn: string; doneBy: { username: string } }[] } }>(PLAN, {
      token: suite.graph.tokenFor('adm-stod'),
      variables: { traineeId: task.trainee.id },
    });
    expect(data!.trainingPlan.accessTasks.find((listed) => listed.id === task.id)).toMatchObject({ doneOn: '2026-01-05', doneBy: { username: 'adm-stod' } });
  });

  it('in English for the HR coordinator: the kinds and the refusal in English', async () => {
    await suite.inEnglish();
    await signIn(page(), suite.admin.url, 'hr-samordnare');
    await page()
      .getByRole('button', { name: /Svenska/i })
      .click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await openAccessTasks('Access to arrange');
    await page().getByRole('columnheader', { name: 'Due' }).waitFor();
    const [task] = await due(28);
    expect(await row(task.id).innerText()).toMatch(/Overdue\s+Record system access ordered/);
    await row(task.id).getByRole('button', { name: 'Done' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('Done on').fill('2026-12-01');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // the day in the message the British way, day first, like the date input
    await dialog.getByText('A task is ticked once it is done, at the latest today (22/11/2026).').waitFor();
  });

  it('a main supervisor has no menu item, and the address says not allowed', () =>
    expectMainSupervisorKeptOut(suite, 'Behörigheter att ordna', '/access-tasks'));
});
