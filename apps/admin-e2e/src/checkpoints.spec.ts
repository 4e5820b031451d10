import { testEngine } from '@bt/testing';
import type { TestGraph } from '@bt/test-graph';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** The demo day: Ida Olsson (VT 2026, Växjö) is in her last placements; earlier checkpoints are overdue. */
const TODAY = '2026-11-22';
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { placements { id startDate }
  checkpoints { kind status placement { id } checklist { id text } completion { id sequence note items { id } corrects { id note } } } } }`;
const HANDOVERS = `query ($id: ID!) { trainee(id: $id) { handovers { heldOn note fromPlacement { id } toPlacement { id } mainSupervisor { username } } } }`;

interface Checkpoint {
  kind: string;
  status: string;
  placement: { id: string } | null;
  checklist: { id: string; text: string }[];
  completion: { id: string; sequence: number; note: string | null; items: { id: string }[]; corrects: { id: string; note: string | null } | null } | null;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** EDU-8 (issue 11 item 4): the main supervisor records checkpoints and a handover on the trainee's page. */
describe(`checkpoints A/B/C and handovers in chromium on ${testEngine()}`, () => {
  let traineeId: string;
  let hhl: string;
  const suite = browserSuite(async (graph) => {
    traineeId = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!.id;
    hhl = graph.data.people.find((p) => p.id === graph.data.mainSupervisions.find((m) => m.traineeId === traineeId)!.supervisorId)!.username;
    // her draft plan, made at employment once education has read employment's feed
    await graph.readModelsCurrent();
  });
  const plan = async (graph: TestGraph) =>
    (
      await graph.query<{ trainingPlan: { placements: { id: string; startDate: string }[]; checkpoints: Checkpoint[] } }>(PLAN, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { traineeId },
      })
    ).data!.trainingPlan;
  const openCheckpoints = async (username: string) => {
    await signIn(suite.page, suite.admin.url, username);
    await suite.page.goto(`${suite.admin.url}/#/trainees/${traineeId}/show/checkpoints`);
    await suite.page.locator('[data-checkpoints]').waitFor();
  };

  it('EDU-8: the main supervisor records B with ticked items after the question; a day in the future is refused with what was typed kept; then corrects it', async () => {
    const page = suite.page;
    const { checkpoints } = await plan(suite.graph);
    const b = checkpoints.find((c) => c.kind === 'B' && c.status === 'OVERDUE')!;
    const [first, second] = b.checklist;
    const overdue = checkpoints.filter((c) => c.status === 'OVERDUE').length;
    // the trainee list warns of the overdue ones, naming them, and leads to them
    await signIn(page, suite.admin.url, hhl);
    await page.goto(`${suite.admin.url}/#/trainees`);
    const warning = page.locator('tr', { hasText: 'Ida Olsson' }).locator('[data-overdue-checkpoints]');
    expect(await warning.getAttribute('data-overdue-checkpoints')).toBe(String(overdue));
    expect(await warning.getAttribute('aria-label')).toMatch(/^Försenade kontrollpunkter: A \(\d{4}-\d{2}-\d{2}\), B Introduktion/);
    await warning.click();
    await page.locator('[data-checkpoints]').waitFor();
    const card = page.locator(`[data-checkpoint="B"][data-checkpoint-placement="${b.placement!.id}"]`);
    await card.getByText('Försenad').waitFor();
    expect(await page.locator('[data-checkpoint="A"]').count()).toBe(1);
    expect(await page.locator('[data-checkpoint="C"]').count()).toBe(1);

    // a day after today: asked first, then refused in Swedish; the form keeps the day, the ticks and the note
    await card.getByRole('button', { name: 'Registrera' }).click();
    const form = page.getByRole('dialog', { name: /^Registrera kontrollpunkt B/ });
    await form.getByLabel('Hölls').fill(addDays(TODAY, 1));
    await form.getByLabel(first.text).check();
    await form.getByLabel(second.text).check();
    await form.getByLabel('Anteckning').fill('Bedömningar klara.');
    await form.getByRole('button', { name: 'Registrera' }).click();
    const question = page.locator('[data-consequence-dialog]');
    await question.getByText(/kan inte ändras efteråt/).waitFor();
    await question.getByText(/2 av \d+ punkter avbockade/).waitFor();
    await question.getByRole('button', { name: 'Registrera' }).click();
    // said once, at the day it is about: not again above the buttons nor in a toast
    await form.getByText(`En avstämning registreras när den hållits, senast i dag (${TODAY}).`).waitFor();
    expect(await page.getByText('En avstämning registreras när den hållits').count()).toBe(1);
    expect(await form.locator('[data-dialog-error]').count()).toBe(0);
    expect(await form.getByLabel('Hölls').getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).not.toMatch(/CHECKPOINT_|BAD_USER_INPUT|GraphQL/);
    expect(await form.getByLabel('Hölls').inputValue()).toBe(addDays(TODAY, 1));
    expect(await form.getByLabel(first.text).isChecked()).toBe(true);
    expect(await form.getByLabel('Anteckning').inputValue()).toBe('Bedömningar klara.');
    expect((await plan(suite.graph)).checkpoints.find((c) => c.kind === 'B' && c.placement?.id === b.placement!.id)!.completion).toBeNull();
    await keepScreenshot(page, 'checkpoints-refused-sv');

    // the day fixed in the same form: recorded, shown done with who, the ticked items and the note
    await form.getByLabel('Hölls').fill(TODAY);
    await form.getByRole('button', { name: 'Registrera' }).click();
    await question.getByRole('button', { name: 'Registrera' }).click();
    await card.getByText('Registrerad', { exact: true }).waitFor();
    await card.getByText(first.text).waitFor();
    await card.getByText('Bedömningar klara.').waitFor();
    const recorded = (await plan(suite.graph)).checkpoints.find((c) => c.kind === 'B' && c.placement?.id === b.placement!.id)!;
    expect(recorded).toMatchObject({ status: 'DONE', completion: { sequence: 1, note: 'Bedömningar klara.' } });
    expect(recorded.completion!.items.map((item) => item.id)).toEqual([first.id, second.id]);

    // corrected: the form opens with the record, saves a new one naming it; the first stays reachable
    await card.getByRole('button', { name: 'Rätta' }).click();
    const correction = page.getByRole('dialog', { name: /^Rätta kontrollpunkt B/ });
    expect(await correction.getByLabel('Anteckning').inputValue()).toBe('Bedömningar klara.');
    expect(await correction.getByLabel(second.text).isChecked()).toBe(true);
    await correction.getByLabel('Anteckning').fill('Bedömningar klara; återkoppling till kliniken.');
    await correction.getByRole('button', { name: 'Rätta' }).click();
    await question.getByRole('button', { name: 'Rätta' }).click();
    await card.getByText(/^Rättelse 1: Hölls/).waitFor();
    await card.getByRole('button', { name: 'Tidigare registreringar (1)' }).click();
    await card.locator('[data-earlier-records]').getByText('Bedömningar klara.', { exact: true }).waitFor();
    const corrected = (await plan(suite.graph)).checkpoints.find((c) => c.kind === 'B' && c.placement?.id === b.placement!.id)!;
    expect(corrected.completion).toMatchObject({
      sequence: 2,
      note: 'Bedömningar klara; återkoppling till kliniken.',
      corrects: { id: recorded.completion!.id, note: 'Bedömningar klara.' },
    });
    await page.goto(`${suite.admin.url}/#/trainees`);
    await page
      .locator('tr', { hasText: 'Ida Olsson' })
      .locator(`[data-overdue-checkpoints="${overdue - 1}"]`)
      .waitFor();
  });

  it('EDU-8: the main supervisor records a handover between two consecutive placements', async () => {
    const page = suite.page;
    const { placements } = await plan(suite.graph);
    const [from, to] = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate)).slice(-2);
    const heldOn = addDays(to.startDate, -3) < TODAY ? addDays(to.startDate, -3) : TODAY;
    await openCheckpoints(hhl);
    await page.getByText('Inga handledaravstämningar registrerade.').waitFor();
    await page.getByRole('button', { name: 'Registrera handledaravstämning' }).click();
    await page.getByRole('combobox', { name: 'Byte av placering' }).click();
    await page.locator(`[data-change="${from.id}"]`).click();
    await page.getByLabel('Dag').fill(heldOn);
    await page.getByLabel('Anteckning').fill('Överlämning till nästa klinik.');
    await page.getByRole('button', { name: 'Spara' }).click();
    const row = page.locator('[data-handovers] [data-handover]');
    await row.getByText('Överlämning till nästa klinik.').waitFor();
    expect(await row.innerText()).toMatch(/\(huvudhandledare\).*\(avgående\).*\(tillträdande\)/s);
    const { data } = await suite.graph.query<{ trainee: { handovers: unknown[] } }>(HANDOVERS, {
      token: suite.graph.tokenFor('studierektor-sluten'),
      variables: { id: traineeId },
    });
    expect(data!.trainee.handovers).toEqual([
      { heldOn, note: 'Överlämning till nästa klinik.', fromPlacement: { id: from.id }, toPlacement: { id: to.id }, mainSupervisor: { username: hhl } },
    ]);
  });

  it('EDU-8: another main supervisor neither sees the trainee nor gets a button', async () => {
    const page = suite.page;
    const other = suite.graph.data.people.find((p) => p.username.startsWith('hhl-') && p.username !== hhl)!.username;
    await signIn(page, suite.admin.url, other);
    await page.goto(`${suite.admin.url}/#/trainees`);
    await page.locator('.RaDatagrid-root, .RaList-noResults, [data-empty]').first().waitFor();
    expect(await page.getByText('Ida Olsson').count()).toBe(0);
    await page.goto(`${suite.admin.url}/#/trainees/${traineeId}/show/checkpoints`);
    await page.waitForURL((url) => !url.hash.includes(traineeId));
    expect(await page.locator('[data-checkpoints]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Registrera|Rätta)/ }).count()).toBe(0);
  });

  it('in English at 1440 and 800 px: the checkpoints, their records and the handovers for a director of studies', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'studierektor-sluten');
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`${suite.admin.url}/#/trainees/${traineeId}/show/checkpoints`);
    const done = page.locator('[data-checkpoints] [data-status="DONE"]');
    await done.getByText('Recorded', { exact: true }).waitFor();
    await done.getByText(/^Correction 1: Held 22\/11\/2026; recorded by /).waitFor();
    await page.locator('[data-status="OVERDUE"]').first().getByText('Overdue').waitFor();
    await page.getByRole('button', { name: 'Record supervisor handover' }).waitFor();
    await page
      .locator('[data-handovers]')
      .getByText(/\(main supervisor\)/)
      .waitFor();
    expect(await page.locator('[data-checkpoints]').innerText()).not.toMatch(/\b(Försenad|Registrerad|Ska hållas|Hölls|Vid start|Rätta|huvudhandledare)\b/);
    await keepScreenshot(page, 'checkpoints-en');
    await page.setViewportSize({ width: 800, height: 1100 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  });
});
