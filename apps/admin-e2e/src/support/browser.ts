import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.BT_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');

/** The dashboard's languages, each tested in a browser of its own language: Swedish in sv-SE, English in en-GB. */
export type Language = 'sv' | 'en';

/**
 * The browser's own language per dashboard language: native date inputs are written the way it says
 * (sv-SE ÅÅÅÅ-MM-DD, en-GB DD/MM/YYYY), as in a real Swedish or British browser. Chromium takes it from
 * the process's LANGUAGE (not from a page's emulated locale) and needs its translations, chromium-l10n.
 */
export const BROWSER_LOCALES: Record<Language, { locale: string; language: string; translations: string }> = {
  sv: { locale: 'sv-SE', language: 'sv_SE', translations: 'sv.pak' },
  en: { locale: 'en-GB', language: 'en_GB', translations: 'en-GB.pak' },
};

/** Where Debian's chromium keeps its translations (chromium-l10n). */
const DEBIAN_TRANSLATIONS = '/usr/lib/chromium/locales';

/** Debian's chromium, headless, in the language given; playwright-core cannot download a browser of its own here. */
export async function launchBrowser(language: Language = 'sv'): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium saknas (${CHROMIUM}). Installera det med "apt-get install chromium" eller ange BT_CHROMIUM.`);
  }
  const { locale, language: processLanguage, translations } = BROWSER_LOCALES[language];
  if (!process.env.BT_CHROMIUM && !fs.existsSync(path.join(DEBIAN_TRANSLATIONS, translations))) {
    throw new Error(`Chromiums översättningar saknas: datumfälten skulle visas på amerikanskt sätt. Installera dem med "apt-get install chromium-l10n".`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, LANGUAGE: processLanguage, LANG: `${processLanguage}.UTF-8` },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${locale}`,
    ],
  });
}

/** The widths a screen is looked at: a desktop and a narrow window (or tablet). */
export const SCREEN_WIDTHS = [1440, 800];

/** Keeps screenshots of what the user sees, once per width, under apps/admin-e2e/screenshots (git-ignored); the page keeps its own width afterwards. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize();
  const height = viewport?.height ?? 1100;
  for (const width of SCREEN_WIDTHS) {
    await page.setViewportSize({ width, height });
    // bounded: a busy machine must not turn a passed test into a timeout while fonts load
    await page
      .screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true, timeout: 20_000, animations: 'disabled' })
      .catch((error: Error) => {
        console.warn(`Skärmbilden ${name} (${width} px) kunde inte tas: ${error.message.split('\n')[0]}`);
      });
  }
  if (viewport) await page.setViewportSize(viewport);
}

/** Signs in through the development sign-in page by clicking the demo person. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator(`button[data-username="${username}"]`).click();
  await page.getByText(/Välkommen/).waitFor();
}
