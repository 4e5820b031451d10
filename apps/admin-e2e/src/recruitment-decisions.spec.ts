import fs from 'node:fs';
import path from 'node:path';
import { testEngine } from '@bt/testing';
import { catalogues } from '@bt/admin/catalogues';
import { signIn } from './support/browser';
import { browserSuite } from './support/browser-suite';
import { offerTo, roundWithAcceptedOffer } from './support/recruitment-setup';

const SAMPLE_CSV = path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv');
/**
 * The round's last interview day (2028-10-09 and 11): offers may be made (REC-6), the last interviews are
 * today. A start term (VT 2029) without a round in the demo data (REC-1: one round a year).
 */
const TODAY = '2028-10-11';
const CALENDAR = { advertDate: '2028-08-28', applicationDeadline: '2028-10-02', interviewDays: ['2028-10-09', '2028-10-11'], receivedIn: '2028-09' };

type Tree = { [key: string]: string | Tree };
const texts = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
const all = (trees: readonly object[]) => trees.flatMap((tree) => texts(tree as Tree));
const ENGLISH = all(catalogues.en).join('\n');
/**
 * The dashboard's Swedish texts as they could appear on a page: each piece between placeholders and
 * plural forms, long enough to be Swedish rather than a shared word ("HR", "Status"), and not English
 * text as well ("Personal" as in "Personal identity number").
 */
const SWEDISH = [...new Set(all(catalogues.sv))]
  .flatMap((text) => text.split(/%\{\w+\}|\|\|\|\|/))
  .map((piece) => piece.trim().replace(/^[\s:·,.()–-]+|[\s:·,.()–-]+$/g, ''))
  .filter((piece) => piece.length >= 8 && !ENGLISH.includes(piece));

describe(`recruitment decisions in chromium on ${testEngine()}`, () => {
  let round: Awaited<ReturnType<typeof roundWithAcceptedOffer>>;
  const suite = browserSuite(
    async (graph) => {
      const dates = { scored: 11, today: TODAY, answerBy: '2028-10-18', calendar: CALENDAR };
      round = await roundWithAcceptedOffer(graph, fs.readFileSync(SAMPLE_CSV, 'utf8'), dates);
      // a second Växjö offer awaits the answer the Director records in the browser
      await offerTo(graph, round.applicants[1].id, 'Växjö', dates);
    },
    { asOf: TODAY },
  );

  async function statesOfRound() {
    const response = await suite.graph.query<{ recruitmentRound: { state: string }; applicationPage: { items: { state: string }[] } }>(
      `query ($id: ID!) { recruitmentRound(id: $id) { state } applicationPage(perPage: 500, filter: { roundId: $id }) { items { state } } }`,
      { token: suite.graph.tokenFor('atbt-chef'), variables: { id: round.roundId } },
    );
    const { recruitmentRound, applicationPage } = response.data!;
    return { round: recruitmentRound.state, notSelected: applicationPage.items.filter((application) => application.state === 'NOT_SELECTED').length };
  }

  it('English mode shows no Swedish on the recruitment pages, the server’s sentences included (the rubric’s criterion names, data marked lang="sv", aside)', async () => {
    const page = await suite.inEnglish();
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText(/Welcome/).waitFor();
    const pages: [string, string][] = [
      [`/recruitmentRounds/${round.roundId}/show`, 'Positions filled'],
      [`/recruitmentRounds/${round.roundId}/ranking`, 'Reserve list'],
      [`/applications?filter=${encodeURIComponent(JSON.stringify({ roundId: round.roundId }))}`, 'Applications by state'],
      [`/applications/${round.applicants[1].id}/show`, 'Formal requirements'],
      ['/scoring', 'My scoring'],
      [`/scoring/${round.applicants[0].id}`, 'Your scoring is submitted'],
      ['/recruitmentRounds/create', 'Interview days'],
    ];
    for (const [address, landmark] of pages) {
      await page.goto(`${suite.admin.url}/#${address}`);
      await page.getByText(landmark).first().waitFor();
      await page.waitForLoadState('networkidle');
      const shown = await page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[lang="sv"]').forEach((element) => element.remove());
        document.body.appendChild(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
      });
      expect({ address, swedish: SWEDISH.filter((piece) => shown.includes(piece)) }).toEqual({ address, swedish: [] });
    }
  });

  it('at 1280×720 and 800 px the recruitment pages fit: the menu folds at 800, nothing scrolls sideways, no button is cut off', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    const pages = [
      `/recruitmentRounds/${round.roundId}/show`,
      `/recruitmentRounds/${round.roundId}/ranking`,
      `/applications/${round.applicants[1].id}/show`,
      `/scoring/${round.applicants[0].id}`,
    ];
    for (const [width, height] of [
      [1280, 720],
      [800, 1100],
    ]) {
      await page.setViewportSize({ width, height });
      for (const address of pages) {
        await page.goto(`${suite.admin.url}/#${address}`);
        await page.locator('main .MuiCard-root').first().waitFor();
        await page.waitForLoadState('networkidle');
        const layout = await page.evaluate(() => ({
          sideways: document.documentElement.scrollWidth > window.innerWidth,
          menuWidth: document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0,
          cut: [...document.querySelectorAll('main button, main a.MuiButton-root')]
            .filter((button) => {
              const box = button.getBoundingClientRect();
              return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5 || button.scrollWidth > button.clientWidth + 1);
            })
            .map((button) => button.textContent),
        }));
        expect({ width, address, sideways: layout.sideways, cut: layout.cut }).toEqual({ width, address, sideways: false, cut: [] });
        // the menu folds after the page has measured the window, with a transition: wait for it (fails if it never does)
        if (width === 800 && layout.menuWidth >= 100) {
          await page.waitForFunction(() => (document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0) < 100, null, { timeout: 10_000 });
        }
      }
    }
  });

  it('REC-4/REC-8: the ranking per site is a decision tool: cut line at the positions, reserve list, offers, scorers, values with a decimal comma, the unscored interviewee', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/show`);
    await page.getByRole('link', { name: 'Rangordning' }).click();
    await page.getByRole('heading', { name: 'Rangordning, BT-rekrytering e2e' }).waitFor();
    await page.locator('[data-places-filled] [data-site="Växjö"]').getByText('Växjö 1 av 4').waitFor();
    await page.locator('[data-site-section="Växjö"]').getByText('Växjö: 4 platser').waitFor();
    // the sample has more Ljungby applicants than its 2 positions: a cut line, and the reserve list below it
    await page.locator('[data-cut-line="Ljungby"]').getByText('Gräns: 2 platser i Ljungby').waitFor();
    await page.getByText('Reserv 1', { exact: true }).first().waitFor();
    const accepted = page.locator(`tr[data-application="${round.accepted.id}"]`);
    expect(await accepted.innerText()).toMatch(/4,0\s+3\s+Tackat ja \(Växjö\)/);
    expect(await page.locator(`tr[data-application="${round.applicants[1].id}"]`).innerText()).toContain('Väntar på svar (Växjö)');
    // each bar carries its value, one decimal with a decimal comma
    expect(await accepted.locator('td').last().innerText()).toMatch(/^(4,0\s*){4}$/);
    const unscored = page.locator('[data-unscored]');
    await unscored.getByText('1 intervjuad utan inlämnad bedömning').waitFor();
    await unscored.getByRole('link', { name: round.applicants[11].name }).waitFor();
  });

  it('EMP-1: the Director records an acceptance after a confirmation naming the applicant; the page then tells the truth, and the places filled count it', async () => {
    const page = suite.page;
    const applicant = round.applicants[1];
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/applications/${applicant.id}/show`);
    await page.getByText('Väntar på svar · Växjö', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Tackat ja' }).click();
    const dialog = page.getByRole('dialog', { name: `Har ${applicant.name} tackat ja?` });
    await dialog.getByText(`${applicant.name} anställs som BT-läkare i Växjö.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Registrera tackat ja' }).click();
    await page.locator('[data-offer-state="ACCEPTED"]').getByText('Tackat ja · Växjö', { exact: false }).waitFor();
    await page.getByText(`BT-läkaren ${applicant.name} är anställd.`).waitFor();
    // an acceptance proposes nobody: never "nobody left on the reserve list"
    expect(await page.getByText('reservlistan').count()).toBe(0);

    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/show`);
    await page.locator('[data-places-filled] [data-site="Växjö"]').getByText('Växjö 2 av 4').waitFor();
  });

  it('the Director sees the places filled, is told what closing does, goes back once, then closes the round after the confirmation', async () => {
    const page = suite.page;
    await signIn(page, suite.admin.url, 'atbt-chef');
    await page.goto(`${suite.admin.url}/#/recruitmentRounds/${round.roundId}/show`);
    // REC-2: places filled per site, from the accepted offer
    await page.locator('[data-places-filled] [data-site="Växjö"]').getByText('Växjö 2 av 4').waitFor();
    await page.locator('[data-places-filled] [data-site="Ljungby"]').getByText('Ljungby 0 av 2').waitFor();

    // the irreversible move is never the primary button, and it asks first
    const close = page.getByRole('button', { name: 'Avsluta omgången' });
    expect(await close.getAttribute('class')).not.toMatch(/MuiButton-contained/);
    await close.click();
    const dialog = page.getByRole('dialog', { name: 'Avsluta BT-rekrytering e2e?' });
    // the round's 4 + 2 positions (REC-2) less the two filled, per site in the round's order
    await dialog.getByText(/^4 platser blir inte tillsatta \((Ljungby 2, Växjö 2|Växjö 2, Ljungby 2)\)\.$/).waitFor();
    // everyone eligible but the two employed is still in the running, and becomes "not selected"
    const inTheRunning = round.applicants.length - 2;
    await dialog.getByText(`${inTheRunning} sökande utan erbjudande blir Ej valda.`).waitFor();
    await dialog.getByText('Omgången låses och kan inte öppnas igen.').waitFor();
    // going back is the primary choice, and has the focus: Enter does not close the round
    expect(await dialog.getByRole('button', { name: 'Avbryt' }).getAttribute('class')).toMatch(/MuiButton-contained/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await statesOfRound()).toEqual({ round: 'OFFERS', notSelected: 0 });

    await close.click();
    await dialog.getByRole('button', { name: 'Avsluta omgången' }).click();
    await page.getByText('Omgången är nu i läget Avslutad.').waitFor();
    expect(await statesOfRound()).toEqual({ round: 'CLOSED', notSelected: inTheRunning });
  });
});
