import { testEngine } from '@bt/testing';
import { problemMessagesEn } from '@bt/admin/problem-messages';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

interface Problem {
  code: string;
  message: string;
  field?: string;
  params?: Record<string, string | number>;
}

const UPDATE_EMPLOYMENT = `mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) {
  updateTraineeEmployment(id: $id, version: $version, input: $input) { id } }`;
const VERSION = 'query ($id: ID!) { trainee(id: $id) { version } }';
/** Right format, wrong check digit. */
const WRONG_CHECK_DIGIT = '19900101-1234';

describe(`permissions and refusals from the server in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  const cohort = (name: string) => suite.graph.data.cohorts.find((c) => c.name === name)!;
  const traineeOf = (cohortName: string) => suite.graph.data.trainees.find((t) => t.cohortId === cohort(cohortName).id)!;

  /** What the server says about the same save as the form sends: the problem at the personal identity number. */
  async function identityNumberProblem(): Promise<Problem> {
    const trainee = traineeOf('VT 2027 Växjö');
    const input = {
      givenName: trainee.givenName,
      familyName: trainee.familyName,
      personalIdentityNumber: WRONG_CHECK_DIGIT,
      siteId: trainee.siteId,
      cohortId: trainee.cohortId,
      employmentStart: trainee.employmentStart,
      employmentEnd: trainee.employmentEnd,
      employmentForm: trainee.employmentForm,
    };
    const token = suite.graph.tokenFor('hr-samordnare');
    const read = await suite.graph.query<{ trainee: { version: number } }>(VERSION, { token, variables: { id: trainee.id } });
    const response = await suite.graph.query(UPDATE_EMPLOYMENT, { token, variables: { id: trainee.id, version: read.data!.trainee.version, input } });
    const problems = ((response.errors?.[0]?.extensions as { problems?: Problem[] } | undefined)?.problems ?? []).filter(
      (problem) => problem.field === 'input.personalIdentityNumber',
    );
    expect(problems).toHaveLength(1);
    return problems[0];
  }

  async function saveWrongIdentityNumber() {
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    await suite.page.goto(`${suite.admin.url}/#/trainees/${traineeOf('VT 2027 Växjö').id}`);
  }

  const identityNumberInput = () => suite.page.locator('.ra-input-personalIdentityNumber');

  it('a refused save shows the Swedish message beside the field it is about, and keeps what was typed', async () => {
    const problem = await identityNumberProblem();
    await saveWrongIdentityNumber();
    await identityNumberInput().locator('input').fill(WRONG_CHECK_DIGIT);
    await suite.page.getByLabel('Efternamn').fill('Nytt-Efternamn');
    await suite.page.getByRole('button', { name: 'Spara' }).click();

    await identityNumberInput().getByText(problem.message).waitFor();
    expect(await identityNumberInput().locator('input').inputValue()).toBe(WRONG_CHECK_DIGIT);
    expect(await suite.page.getByLabel('Efternamn').inputValue()).toBe('Nytt-Efternamn');
    expect(await suite.page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    const text = await suite.page.locator('body').innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,5}-\d+\b|input\.|personalIdentityNumber|Response not successful|GraphQL/);
  });

  it('in English the same refusal reads in English', async () => {
    await suite.inEnglish();
    const problem = await identityNumberProblem();
    const english = problemMessagesEn[problem.code]?.replace(/%\{(\w+)\}/g, (_, name: string) => String(problem.params?.[name]));
    expect({ code: problem.code, english }).toEqual({ code: problem.code, english: expect.any(String) });
    await saveWrongIdentityNumber();
    await suite.page.getByRole('button', { name: /Svenska/i }).click();
    await suite.page.getByRole('menuitem', { name: 'English' }).click();
    await suite.page.getByLabel('Personal identity number').fill(WRONG_CHECK_DIGIT);
    await suite.page.getByRole('button', { name: 'Save' }).click();

    await identityNumberInput().getByText(english!).waitFor();
    expect(await suite.page.getByLabel('Personal identity number').inputValue()).toBe(WRONG_CHECK_DIGIT);
    expect(await suite.page.getByText(problem.message).count()).toBe(0);
  });

  it('the deputy director may edit a Ljungby cohort, not a Växjö one', async () => {
    await signIn(suite.page, suite.admin.url, 'bitr-atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/cohorts/${cohort('VT 2026 Ljungby').id}/show`);
    await suite.page.getByRole('link', { name: 'Redigera' }).waitFor();

    await suite.page.goto(`${suite.admin.url}/#/cohorts/${cohort('VT 2026 Växjö').id}/show`);
    await suite.page.getByText('VT 2026 Växjö').first().waitFor();
    await suite.page.locator('tbody tr').first().waitFor();
    expect(await suite.page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
  });

  it('the deputy director offers Ljungby positions only, answering within a week of the server’s today, and is asked before the offer is made', async () => {
    const token = suite.graph.tokenFor('atbt-chef');
    const { data } = await suite.graph.query<{ today: string; applicationPage: { items: { id: string; name: string }[] } }>(
      'query { today applicationPage(perPage: 1) { items { id name } } }',
      { token },
    );
    const [application] = data!.applicationPage.items;
    await signIn(suite.page, suite.admin.url, 'bitr-atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/applications/${application.id}/show`);
    const make = suite.page.getByRole('button', { name: 'Lämna erbjudande' });
    await make.waitFor();
    await suite.page.getByRole('combobox', { name: 'Huvudort' }).click();
    expect(await suite.page.getByRole('option').allInnerTexts()).toEqual(['Ljungby']);
    await suite.page.keyboard.press('Escape');
    const weekLater = new Date(Date.parse(`${data!.today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(await suite.page.getByLabel('Svar senast').inputValue()).toBe(weekLater);

    await make.click();
    await suite.page.getByRole('dialog').getByText(`${application.name} erbjuds en BT-tjänst i Ljungby`, { exact: false }).waitFor();
    await suite.page.getByRole('button', { name: 'Avbryt' }).click();
    await suite.page.getByRole('dialog').waitFor({ state: 'detached' });
    const after = await suite.graph.query<{ application: { offer: unknown } }>('query ($id: ID!) { application(id: $id) { offer { id } } }', {
      token,
      variables: { id: application.id },
    });
    expect(after.data!.application.offer).toBeNull();
  });

  it('the timeline marks the server’s today, not the browser’s', async () => {
    const trainee = traineeOf('VT 2026 Växjö');
    const { today } = (await suite.graph.query<{ today: string }>('query { today }', { token: suite.graph.tokenFor('atbt-chef') })).data!;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const expected = ((day(today) - day(trainee.employmentStart)) / (day(trainee.employmentEnd) + 1 - day(trainee.employmentStart))) * 100;
    // the browser's clock says another day than the server's
    await suite.page.clock.setFixedTime(new Date(`${trainee.employmentStart}T12:00:00`));
    await signIn(suite.page, suite.admin.url, 'atbt-chef');
    await suite.page.goto(`${suite.admin.url}/#/trainees/${trainee.id}/show`);
    const marker = suite.page.locator('[data-today]');
    await marker.waitFor();
    const left = await marker.evaluate((node) => ((node as HTMLElement).offsetLeft / node.parentElement!.clientWidth) * 100);
    // a day is about 0.27 % of the year; the browser's day would be months away
    expect(Math.abs(left - expected)).toBeLessThan(0.5);
  });
});
