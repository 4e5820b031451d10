import { testEngine } from '@bt/testing';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const READ =
  'query ($id: ID!) { trainee(id: $id) { version givenName familyName personalIdentityNumber employmentStart employmentEnd employmentForm site { id } cohort { id } } }';
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) {
  updateTraineeEmployment(id: $id, version: $version, input: $input) { id version } }`;

interface Read {
  trainee: {
    version: number;
    givenName: string;
    familyName: string;
    personalIdentityNumber: string;
    employmentStart: string;
    employmentEnd: string;
    employmentForm: string;
    site: { id: string };
    cohort: { id: string };
  };
}

/** No lost writes: a save made on a record someone else changed meanwhile is refused, and the form keeps what was typed. */
describe(`a save over someone else's change in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  /** HR changes the trainee's given name through the graph, as another person in another window would. */
  async function changedMeanwhile(id: string, givenName: string): Promise<void> {
    const token = suite.graph.tokenFor('atbt-chef');
    const { trainee } = (await suite.graph.query<Read>(READ, { token, variables: { id } })).data!;
    const { site, cohort, version, ...fields } = trainee;
    const input = { ...fields, givenName, siteId: site.id, cohortId: cohort.id };
    const response = await suite.graph.query(UPDATE, { token, variables: { id, version, input } });
    expect(response.errors).toBeUndefined();
  }

  /** HR opens the trainee's edit form, someone else saves meanwhile, HR types a family name and saves. */
  async function editThenSave(index: number, english: boolean): Promise<{ id: string; familyName: string }> {
    const { id } = suite.graph.data.trainees[index];
    if (english) await suite.inEnglish();
    await signIn(suite.page, suite.admin.url, 'hr-samordnare');
    if (english) {
      await suite.page.getByRole('button', { name: /Svenska/i }).click();
      await suite.page.getByRole('menuitem', { name: 'English' }).click();
    }
    await suite.page.goto(`${suite.admin.url}/#/trainees/${id}`);
    const familyName = suite.page.getByLabel(english ? 'Family name' : 'Efternamn');
    await suite.page.waitForFunction(
      (label) => {
        const input = [...document.querySelectorAll('input')].find((node) => node.labels?.[0]?.textContent?.includes(label));
        return !!input?.value;
      },
      english ? 'Family name' : 'Efternamn',
    );
    await changedMeanwhile(id, 'Annan-Ändring');
    await familyName.fill('Mitt-Efternamn');
    await suite.page.getByRole('button', { name: english ? 'Save' : 'Spara' }).click();
    return { id, familyName: await familyName.inputValue() };
  }

  it('in Swedish: "Ändrad av någon annan – läs in igen", the typed text kept and the other change not overwritten', async () => {
    const { id } = suite.graph.data.trainees[3];
    const { familyName } = await editThenSave(3, false);
    await suite.page.getByText('Ändrad av någon annan – läs in igen').waitFor();
    expect(familyName).toBe('Mitt-Efternamn');
    expect(await suite.page.getByLabel('Efternamn').inputValue()).toBe('Mitt-Efternamn');
    const { trainee } = (await suite.graph.query<Read>(READ, { token: suite.graph.tokenFor('atbt-chef'), variables: { id } })).data!;
    expect(trainee).toMatchObject({ givenName: 'Annan-Ändring', familyName: suite.graph.data.trainees[3].familyName });
    expect(await suite.page.locator('body').innerText()).not.toMatch(/CONFLICT|STALE_VERSION|version|GraphQL/);
  });

  it('in English: "Changed by someone else – reload", the typed text kept', async () => {
    await editThenSave(4, true);
    await suite.page.getByText('Changed by someone else – reload').waitFor();
    expect(await suite.page.getByLabel('Family name').inputValue()).toBe('Mitt-Efternamn');
  });
});
