import type { Browser, Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { buildAdmin, serveAdmin } from './admin-server';
import { keepScreenshot, launchBrowser, SCREEN_WIDTHS } from './browser';

export interface BrowserSuite {
  graph: TestGraph;
  admin: { url: string; stop(): Promise<void> };
  browser: Browser;
  /** A fresh page (own storage) for each test; its screenshot is kept after the test. */
  page: Page;
}

/**
 * The harness every dashboard browser test shares: the built dashboard served like production in
 * front of the whole graph on fresh databases, Debian's chromium, a new page per test and
 * screenshots of it afterwards, 1440 and 800 pixels wide. `setup` prepares data through the graph
 * before the dashboard opens; `seed` sets the graph's day (`asOf`) when a journey needs a later one.
 */
export function browserSuite(setup?: (graph: TestGraph) => Promise<void>, seed?: Parameters<typeof startTestGraph>[0]): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    buildAdmin();
    suite.graph = await startTestGraph(seed);
    await setup?.(suite.graph);
    suite.admin = await serveAdmin(new URL(suite.graph.gatewayUrl).origin);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.admin?.stop();
    await suite.graph?.stop();
  });
  beforeEach(async () => {
    suite.page = await suite.browser.newPage({ viewport: { width: SCREEN_WIDTHS[0], height: 1100 }, locale: 'sv-SE' });
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
