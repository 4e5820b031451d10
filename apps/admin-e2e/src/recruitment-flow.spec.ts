import fs from 'node:fs';
import path from 'node:path';
import { testEngine } from '@bt/testing';
import { keepScreenshot, signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { roundWithAcceptedOffer } from './support/recruitment-setup';

const SAMPLE_CSV = fs.readFileSync(path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv'), 'utf8');
/** The round's last interview day: offers may be made (REC-6). */
const TODAY = '2028-10-11';
const CALENDAR = { advertDate: '2028-08-28', applicationDeadline: '2028-10-02', interviewDays: ['2028-10-09', '2028-10-11'], receivedIn: '2028-09' };
/** A second round for the same start, still open: its deadline only 14 days after the advert (REC-1 warns), one application received after it. */
const LATE_ROUND = { name: 'BT-rekrytering e2e sen', advertDate: '2028-09-19', applicationDeadline: '2028-10-03', interviewDays: ['2028-10-23', '2028-10-24'] };
/** Typical Swedish words of the server's sentences and the dashboard. */
const SWEDISH_WORDS = /\b(och|att|inte|för|med|efter|sista|ansökan|omgången|dagar|riktlinjen|Saknar|lika|kriteriet|Sen)\b/;

describe(`recruitment decisions in one go, late applications and English mode in chromium on ${testEngine()}`, () => {
  let round: Awaited<ReturnType<typeof roundWithAcceptedOffer>>;
  let lateRoundId: string;
  let late: { id: string; name: string };
  const suite = browserSuite(
    async (graph) => {
      round = await roundWithAcceptedOffer(graph, SAMPLE_CSV, { scored: 11, today: TODAY, answerBy: '2028-10-18', calendar: CALENDAR });
      // REC-7: the extract shown by every scored applicant but the second
      for (const applicant of round.applicants.slice(2, 11)) {
        await graph.query('mutation ($id: ID!, $shownOn: Date!) { recordCriminalRecordCheck(applicationId: $id, shownOn: $shownOn) { id } }', {
          token: graph.tokenFor('hr-samordnare'),
          variables: { id: applicant.id, shownOn: TODAY },
        });
      }
      const token = graph.tokenFor('atbt-chef');
      const created = await graph.query<{ createRecruitmentRound: { id: string } }>(
        'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }',
        { token, variables: { input: { ...LATE_ROUND, secondRoundReason: 'Testomgång för en sen ansökan.' } } },
      );
      lateRoundId = created.data!.createRecruitmentRound.id;
      await graph.query('mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OPEN) { id } }', { token, variables: { id: lateRoundId } });
      const [header, first] = SAMPLE_CSV.split('\n');
      await graph.query('mutation ($roundId: ID!, $csv: String!) { importApplications(roundId: $roundId, csv: $csv) { created } }', {
        token: graph.tokenFor('hr-samordnare'),
        variables: { roundId: lateRoundId, csv: `${header}\n${first.replace(';2027-09-07;', ';2028-10-05;')}\n` },
      });
      const page = await graph.query<{ applicationPage: { items: { id: string; name: string }[] } }>(
        'query ($roundId: ID!) { applicationPage(filter: { roundId: $roundId }) { items { id name } } }',
        { token, variables: { roundId: lateRoundId } },
      );
      late = page.data!.applicationPage.items[0];
    },
    { asOf: TODAY },
  );

  it('REC-2, REC-7: the Director offers the places above each cut line in one go, after a confirmation naming them per site; one without the record check is not offered, and why', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/ranking`);
    await page.getByRole('button', { name: 'Erbjud platserna ovanför strecket' }).click();
    const dialog = page.locator('[data-consequence-dialog]');
    await dialog.getByText(/^Växjö: /).waitFor();
    await dialog.getByText(/^Ljungby: /).waitFor();
    await dialog.getByText(/belastningsregistret/).waitFor();
    await keepScreenshot(page, 'recruitment-top-offers-confirm-sv');
    await dialog.getByRole('button', { name: 'Erbjud platserna ovanför strecket' }).click();
    const result = page.locator('[data-top-offers-result]');
    await result.getByText(/^Erbjudna: /).waitFor();
    const response = await suite.graph.query<{ applicationPage: { items: { id: string; offer: { state: string } | null; criminalRecordCheck: unknown }[] } }>(
      'query ($id: ID!) { applicationPage(perPage: 100, filter: { roundId: $id }) { items { id offer { state } criminalRecordCheck { shownOn } } } }',
      { token: suite.graph.tokenFor('atbt-chef'), variables: { id: round.roundId } },
    );
    const items = response.data!.applicationPage.items;
    // every offer needed its record check: nobody without one has an offer
    expect(items.filter((item) => item.offer && !item.criminalRecordCheck)).toEqual([]);
    expect(items.filter((item) => item.offer?.state === 'PENDING').length).toBeGreaterThan(0);
    const second = round.applicants[1];
    if ((await result.innerText()).includes(second.name)) await result.getByText(new RegExp(`Inte erbjuden: ${second.name}.*belastningsregistret`)).waitFor();
    await keepScreenshot(page, 'recruitment-top-offers-done-sv');
  });

  it('REC-1: the list marks the late application "Sen"; the Director admits it after a confirmation naming the applicant, and who and when is shown', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/applications?filter=${encodeURIComponent(JSON.stringify({ roundId: lateRoundId }))}`);
    await page.locator('[data-late-chip="late"]').getByText('Sen', { exact: true }).waitFor();
    await keepScreenshot(page, 'recruitment-late-list-sv');
    await page.goto(`${suite.admin.url}/#/applications/${late.id}/show`);
    await page
      .locator('[data-late]')
      .getByText(/efter sista ansökningsdag \(2028-10-03\)/)
      .waitFor();
    await page.getByRole('textbox', { name: 'Skäl att ta med den sena ansökan' }).fill('Portalen var nere på sista dagen.');
    await page.getByRole('button', { name: 'Ta med i urvalet' }).click();
    await page.locator('[data-consequence-dialog]').getByText(`Ta med ${late.name} i urvalet?`).waitFor();
    await keepScreenshot(page, 'recruitment-late-confirm-sv');
    await page.locator('[data-consequence-dialog]').getByRole('button', { name: 'Ta med i urvalet' }).click();
    await page
      .locator('[data-late-admitted]')
      .getByText(/tagen med i urvalet av .+ \d{4}-\d\d-\d\d \d\d:\d\d: Portalen var nere på sista dagen\./)
      .waitFor();
    await keepScreenshot(page, 'recruitment-late-admitted-sv');
  });

  it('REC-1: a round past its stages shows no warnings about them; an open round with a short advert period warns; the reason field shows only for a second round', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${lateRoundId}/show`);
    await page
      .locator('[data-round-warnings]')
      .getByText(/14 dagar efter annonsen/)
      .waitFor();
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${suite.graph.data.recruitmentRounds.find((r) => r.state === 'CLOSED')!.id}/show`);
    await page.getByText('Avslutad').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-round-warnings]').count()).toBe(0);
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/create`);
    const advert = page.getByLabel('Annonsdatum');
    await advert.fill('2030-09-02');
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel('Skäl till en andra omgång för samma BT-start').count()).toBe(0);
    await advert.fill('2028-09-04'); // VT 2029: rounds exist
    await page.getByLabel('Skäl till en andra omgång för samma BT-start').waitFor();
    await page.getByText(/Det finns redan en omgång för samma BT-start \("BT-rekrytering e2e/).waitFor();
    await keepScreenshot(page, 'recruitment-round-create-second-sv');
  });

  it('English mode on the round, ranking and application pages shows no Swedish, the server’s warnings, tie-break and reasons included', async () => {
    // REC-3: admitted into screening (the test before), the late application lacks Swedish at C1
    await suite.graph.query(
      'mutation ($id: ID!) { recordRequirement(applicationId: $id, requirement: SWEDISH_C1, met: false, evidence: "Intyg på nivå B2") { id } }',
      { token: suite.graph.tokenFor('hr-samordnare'), variables: { id: late.id } },
    );
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText(/Welcome/).waitFor();
    // data, not language: people's, sites' and rounds' names, the rubric's criteria (marked lang="sv")
    const names = [
      ...suite.graph.data.people.map((person) => person.name),
      // the late applicant's own texts from the job portal (merits)
      ...SAMPLE_CSV.split('\n')[1]
        .split(';')
        .map((field) => field.trim())
        .filter((field) => field.length > 3),
      ...suite.graph.data.sites.map((site) => site.name),
      ...round.applicants.map((applicant) => applicant.name),
      late.name,
      LATE_ROUND.name,
      'BT-rekrytering e2e',
      'Portalen var nere på sista dagen.',
    ];
    const pages: [string, string, string][] = [
      [`/recruitmentRounds/${lateRoundId}/show`, '14 days after the advert', 'recruitment-round-warnings-en'],
      [`/recruitmentRounds/${round.roundId}/ranking`, 'On a tie', 'recruitment-ranking-en'],
      [`/applications/${late.id}/show`, 'Has no Swedish at level C1', 'recruitment-late-application-en'],
      [`/applications?filter=${encodeURIComponent(JSON.stringify({ roundId: lateRoundId }))}`, 'Late, admitted', 'recruitment-late-list-en'],
    ];
    for (const [address, landmark, screenshot] of pages) {
      await page.goto(`${suite.admin.url}/#${address}`);
      await page.getByText(landmark).first().waitFor();
      await page.waitForLoadState('networkidle');
      const shown = await page.evaluate((data: string[]) => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[lang="sv"], nav, header').forEach((element) => element.remove());
        document.body.appendChild(copy);
        const text = copy.innerText;
        copy.remove();
        // the longest first, so that a name inside a longer text does not break it up
        return [...data].sort((a, b) => b.length - a.length).reduce((rest, name) => rest.split(name).join(' '), text);
      }, names);
      const swedish = shown.split('\n').filter((line) => /[åäöÅÄÖ]/.test(line) || SWEDISH_WORDS.test(line));
      expect({ address, swedish }).toEqual({ address, swedish: [] });
      await keepScreenshot(page, screenshot);
    }
  });
});
