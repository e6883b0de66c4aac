// What the example tests share: the repository served on 127.0.0.1, as a static host or a CDN
// would serve it, and the local Chromium.
import { chromium } from 'playwright';
import { chromeArgs, requireChrome } from '../scripts/chrome.js';
import { serveStatic } from '../scripts/static-server.js';
import { root } from '../scripts/workspace.js';

/** `{ url, browser, close }`: the repository served and a browser to open it in. */
export async function launch() {
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A page in a fresh profile that collects every error the page reports. */
export async function openPage(browser) {
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

/** Resolves once `check` returns something truthy in the page; fails with `what` after 5 s. */
export async function until(page, what, check, argument) {
  try {
    return await page.waitForFunction(check, argument, { timeout: 5000 });
  } catch {
    throw new Error(`Timed out waiting until ${what}`);
  }
}
