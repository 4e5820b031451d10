import type { Page } from 'playwright-core';
import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';

const TERMS = `query ($term: String!) { workplaceMeetingTerms(term: $term) { planned warning site { name } } }`;

/** Opens the workplace meetings of HT2026 from the menu. */
async function openAutumn2026(page: Page, menu: string, half: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('combobox').first().click();
  await page.getByRole('option', { name: half }).click();
  await page.locator('input[type="number"]').fill('2026');
  await page.locator('[data-meeting-site]').first().waitFor();
}

describe(`workplace meetings in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const warned = async () => {
    const { data } = await suite.graph.query<{ workplaceMeetingTerms: { planned: number; warning: string | null; site: { name: string } }[] }>(TERMS, {
      token: suite.graph.tokenFor('atbt-chef'),
      variables: { term: 'HT2026' },
    });
    return data!.workplaceMeetingTerms.filter((row) => row.warning !== null);
  };

  it('EMP-5: the Director plans a second meeting on the site with one, and the warning goes away', async () => {
    const [site] = await warned();
    expect(site.planned).toBe(1);
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await openAutumn2026(page, 'Arbetsplatsträffar', 'HT (juli–december)');
    const block = page.locator(`[data-meeting-site="${site.site.name}"]`);
    await block.locator('[data-meeting-warning]').waitFor();
    expect(await block.locator('[data-meeting-warning]').innerText()).toContain('Bara 1 av minst två');
    await keepScreenshot(page, 'workplace-meetings-sv');

    await page.getByRole('button', { name: 'Planera träff' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: site.site.name }).click();
    await dialog.getByLabel('Dag', { exact: true }).fill('2026-12-03');
    await dialog.getByLabel('Tid', { exact: true }).fill('13:30');
    await dialog.getByLabel('Rubrik', { exact: true }).fill('APT: julplanering');
    await dialog.getByLabel('Dagordning', { exact: true }).fill('1. Schema över jul och nyår 2. Övriga frågor');
    await dialog.getByRole('button', { name: 'Planera träff' }).click();
    await page.getByText('Träffen är planerad.').waitFor();
    await block.locator('[data-meeting="APT: julplanering"]').waitFor();
    await page.locator(`[data-meeting-site="${site.site.name}"][data-planned="2"]`).waitFor();
    expect(await block.locator('[data-meeting-warning]').count()).toBe(0);
    expect(await warned()).toEqual([]);
  });

  it('a BT doctor sees her site’s meetings but cannot plan one', async () => {
    const page = suite.page;
    const trainee = suite.graph.data.trainees[0];
    await signIn(page, suite.admin.url, trainee.username);
    await page.goto(`${suite.admin.url}/#/workplace-meetings`);
    await page.locator('[data-meeting-site]').first().waitFor();
    expect(await page.locator('[data-meeting-site]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Planera träff' }).count()).toBe(0);
  });

  it('in English', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await openAutumn2026(page, 'Workplace meetings', 'Autumn (July–December)');
    await keepScreenshot(page, 'workplace-meetings-en');
    // EMP-6: the exit conversation's section on a trainee's employment tab, in English
    await page.goto(`${suite.admin.url}/#/trainees/${suite.graph.data.trainees[0].id}/show`);
    await page.getByRole('tab', { name: 'Employment' }).click();
    await page.getByText('Evaluation and exit conversation').waitFor();
    await keepScreenshot(page, 'exit-conversation-en');
  });
});

const STATUS = `query ($id: ID!) { trainee(id: $id) { btEvaluationSubmitted exitConversationHeld } }`;
const SUBMIT = `mutation ($input: BtEvaluationInput!) { saveBtEvaluation(input: $input, submit: true) { submittedAt } }`;

describe(`the exit conversation in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();

  it('EMP-6: the Director cannot record the exit conversation as held before the evaluation is submitted, and can after', async () => {
    const director = suite.graph.tokenFor('atbt-chef');
    const status = async (id: string) =>
      (await suite.graph.query<{ trainee: { btEvaluationSubmitted: boolean; exitConversationHeld: boolean } }>(STATUS, { token: director, variables: { id } }))
        .data!.trainee;
    // a Växjö BT doctor whose BT has ended without a submitted evaluation (the demo leaves one per cohort as a draft)
    let trainee;
    for (const candidate of [...suite.graph.data.trainees].sort((a, b) => a.employmentEnd.localeCompare(b.employmentEnd))) {
      const known = await status(candidate.id);
      if (!known.btEvaluationSubmitted && !known.exitConversationHeld) {
        trainee = candidate;
        break;
      }
    }
    expect(trainee).toBeDefined();
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/trainees/${trainee!.id}/show`);
    await page.getByRole('tab', { name: 'Anställning' }).click();
    await page.getByText('Utvärderingen av BT är inte inskickad').waitFor();
    await page.getByLabel('Anteckningar').fill('Intyget om fullgjord BT undertecknat.');
    await page.getByRole('button', { name: 'Registrera som genomfört' }).click();
    await page.locator('[data-exit-refusal]').getByText('BT-läkaren har inte skickat in sin utvärdering av BT', { exact: false }).waitFor();
    expect(await page.getByLabel('Anteckningar').inputValue()).toBe('Intyget om fullgjord BT undertecknat.');
    expect((await status(trainee!.id)).exitConversationHeld).toBe(false);
    await keepScreenshot(page, 'exit-conversation-refused-sv');

    // the BT doctor submits her evaluation; the Director tries again with what she typed still there
    const submitted = await suite.graph.query(SUBMIT, {
      token: suite.graph.tokenFor(trainee!.username),
      variables: { input: { introduction: 4, supervision: 5, placements: 4, teaching: 3, workload: 3, overall: 4, freeText: 'Bra handledning.' } },
    });
    expect(submitted.errors).toBeUndefined();
    await page.reload();
    await page.getByText('Utvärderingen av BT är inskickad').waitFor();
    await page.getByLabel('Anteckningar').fill('Intyget om fullgjord BT undertecknat.');
    await page.getByRole('button', { name: 'Registrera som genomfört' }).click();
    await page.getByText('Avslutningssamtalet är registrerat som genomfört.').waitFor();
    await page.locator('[data-exit-conversation="held"]').waitFor();
    expect((await status(trainee!.id)).exitConversationHeld).toBe(true);
    await keepScreenshot(page, 'exit-conversation-held-sv');
  });
});

describe(`the evaluation of BT in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const QUESTIONS = ['Introduktionen till BT', 'Handledningen', 'Placeringarna', 'Den gemensamma undervisningen', 'Arbetsbelastningen', 'BT som helhet'];
  const answer = (page: Page, question: string, score: number) =>
    page
      .getByRole('radiogroup', { name: question, exact: true })
      .getByRole('radio', { name: String(score), exact: true })
      .check();
  // the BT doctor who starts last: no evaluation yet
  const trainee = () => suite.graph.data.trainees.reduce((last, t) => (t.employmentStart > last.employmentStart ? t : last));

  it('EMP-6: a BT doctor saves a draft of her evaluation, then submits it (asked first) and it is locked', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, trainee().username);
    await page.getByRole('menuitem', { name: 'Utvärdering av BT' }).click();
    await page.locator('[data-bt-evaluation="new"]').waitFor();
    await answer(page, 'Introduktionen till BT', 4);
    await answer(page, 'Handledningen', 5);
    await page.getByLabel('Vad var bra och vad kan bli bättre?').fill('Bra handledning på vårdcentralen.');
    expect(await page.getByRole('button', { name: 'Skicka in' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText('Utkastet är sparat.').waitFor();

    await page.reload();
    await page.locator('[data-bt-evaluation="draft"]').waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Handledningen', exact: true }).getByRole('radio', { name: '5', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Vad var bra och vad kan bli bättre?').inputValue()).toBe('Bra handledning på vårdcentralen.');
    for (const question of QUESTIONS.slice(2)) await answer(page, question, 3);
    await keepScreenshot(page, 'bt-evaluation-sv');
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const dialog = page.locator('[data-consequence-dialog]');
    await dialog.getByText('När utvärderingen är inskickad är den låst').waitFor();
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await page.getByText('Utvärderingen är inskickad. Tack!').waitFor();
    await page.locator('[data-bt-evaluation="submitted"]').waitFor();
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: '3', exact: true }).first().isDisabled()).toBe(true);
    await keepScreenshot(page, 'bt-evaluation-submitted-sv');
  });

  it('in English', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, trainee().username);
    await page.getByRole('button', { name: /Svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Evaluation of BT' }).click();
    await page.locator('[data-bt-evaluation]').waitFor();
    await keepScreenshot(page, 'bt-evaluation-en');
  });
});

describe(`a cohort's evaluation of BT in chromium on ${testEngine()}`, () => {
  const suite = browserSuite();
  const SUMMARY = `query ($cohortId: ID!) { btEvaluationSummary(cohortId: $cohortId) { answers shown } }`;

  it('EMP-6: the Director reads the anonymous summary of a cohort that has ended, and the explanation where fewer than three answered', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    const seen = new Set<boolean>();
    for (const name of ['VT 2025 Växjö', 'VT 2026 Växjö']) {
      const cohort = suite.graph.data.cohorts.find((c) => c.name === name)!;
      const { data } = await suite.graph.query<{ btEvaluationSummary: { answers: number; shown: boolean } }>(SUMMARY, {
        token: suite.graph.tokenFor('atbt-chef'),
        variables: { cohortId: cohort.id },
      });
      const summary = data!.btEvaluationSummary;
      seen.add(summary.shown);
      await page.goto(`${suite.admin.url}/#/cohorts/${cohort.id}/show`);
      const section = page.locator(`[data-evaluation-summary="${summary.answers}"]`);
      await section.waitFor();
      if (summary.shown) {
        await section.getByText('Medelvärde (1–5)').waitFor();
        await keepScreenshot(page, 'bt-evaluation-summary-sv');
      } else {
        await section.getByText('visas först när minst tre BT-läkare', { exact: false }).waitFor();
        expect(await section.getByText('Medelvärde (1–5)').count()).toBe(0);
      }
    }
    expect([...seen].sort()).toEqual([false, true]);
  });
});
