import type { Browser, Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { buildAdmin, serveAdmin } from './admin-server';
import { BROWSER_LOCALES, keepScreenshot, launchBrowser, SCREEN_WIDTHS, type Language } from './browser';

export interface BrowserSuite {
  graph: TestGraph;
  admin: { url: string; stop(): Promise<void> };
  /** The Swedish browser (sv-SE), where each test starts. */
  browser: Browser;
  /** A fresh page (own storage) for each test; its screenshot is kept after the test. */
  page: Page;
  /**
   * For a test of the English dashboard, before it signs in: the test's page is replaced by a fresh
   * one in a British browser (en-GB, its date inputs DD/MM/YYYY), returned and kept as `page`.
   */
  inEnglish(): Promise<Page>;
}

/**
 * The harness every dashboard browser test shares: the built dashboard served like production in
 * front of the whole graph on fresh databases, Debian's chromium in Swedish (and in English for the
 * English tests, started when first asked for), a new page per test and screenshots of it afterwards,
 * 1440 and 800 pixels wide. `setup` prepares data through the graph before the dashboard opens; `seed`
 * sets the graph's day (`asOf`) when a journey needs a later one.
 */
export function browserSuite(setup?: (graph: TestGraph) => Promise<void>, seed?: Parameters<typeof startTestGraph>[0]): BrowserSuite {
  let english: Promise<Browser> | undefined;
  const open = (browser: Browser, language: Language) =>
    browser.newPage({ viewport: { width: SCREEN_WIDTHS[0], height: 1100 }, locale: BROWSER_LOCALES[language].locale });
  const suite = {
    async inEnglish() {
      english ??= launchBrowser('en');
      await suite.page.close();
      suite.page = await open(await english, 'en');
      return suite.page;
    },
  } as BrowserSuite;
  beforeAll(async () => {
    buildAdmin();
    suite.graph = await startTestGraph(seed);
    await setup?.(suite.graph);
    suite.admin = await serveAdmin(new URL(suite.graph.gatewayUrl).origin);
    suite.browser = await launchBrowser('sv');
  });
  afterAll(async () => {
    await english?.then(
      (browser) => browser.close(),
      () => undefined,
    );
    await suite.browser?.close();
    await suite.admin?.stop();
    await suite.graph?.stop();
  });
  beforeEach(async () => {
    suite.page = await open(suite.browser, 'sv');
  });
  afterEach(async () => {
    // a file name is at most 255 bytes (å, ä and ö take two): the test's name, cut
    await keepScreenshot(
      suite.page,
      expect
        .getState()
        .currentTestName!.replace(/[^\wåäöÅÄÖ-]+/g, '_')
        .slice(0, 160),
    );
    await suite.page.close();
  });
  return suite;
}
