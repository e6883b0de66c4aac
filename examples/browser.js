// What the example tests share: the repository served on 127.0.0.1, as a static host or a CDN
// would serve it, and the local Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
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

/** Builds the Vite app in `dir` (its own `vite.config.js`, if any) into `dir/dist`. */
async function buildApp(dir) {
  const { build } = await import('vite');
  const config = join(dir, 'vite.config.js');
  await build({ root: dir, base: './', logLevel: 'warn', configFile: existsSync(config) ? config : false, build: { outDir: 'dist', emptyOutDir: true } });
}

/** What every framework example does: give "Thank you" on the first post and report it as spam. */
async function reactAndReport(page) {
  const heard = page.getByRole('list', { name: 'What the app heard' });
  const post = page.locator('article').first();
  await until(page, 'the seeded count shows', () => document.querySelector('kin-kudos-reactions')?.shadowRoot?.textContent.includes('2'));
  await post.getByRole('button', { name: /^Thank you/ }).click();
  await heard.getByText('thanks given').waitFor();
  await post.getByRole('button', { name: 'Report post by Sam' }).click();
  await page.getByRole('radio', { name: /Spam, scam or fake account/ }).check();
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Send report' }).click();
  await heard.getByText('report received').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/**
 * The tests of a framework example in `dir`: its templates type-check with the `typeCheck` command,
 * and the app, built by Vite against the packages' dist/, hears a reaction and a report. `more(page)`
 * adds the example's own steps; `heard` is all the app should have heard by then.
 */
export function testApp(framework, { dir, typeCheck, more, heard = ['thanks given', 'report received'] }) {
  let site;
  before(async () => {
    await buildApp(dir);
    site = await launch();
  });
  after(() => site.close());

  test(`${framework}: the templates type-check, properties and events of every tag included`, () => {
    const [command, ...args] = typeCheck;
    execFileSync(join(root, 'node_modules/.bin', command), args, { cwd: dir, stdio: 'inherit' });
  });

  test(`${framework}: a reaction and a report reach the app`, async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/${relative(root, dir)}/dist/index.html`);
    await reactAndReport(page);
    await more?.(page);
    assert.deepEqual(await page.getByRole('list', { name: 'What the app heard' }).getByRole('listitem').allTextContents(), heard);
    assert.deepEqual(errors, []);
  });
}
