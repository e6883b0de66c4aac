// A React 19 app, built by Vite against the packages' built dist/ as an app would, driven in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { root } from '../../scripts/workspace.js';
import { launch, openPage, until } from '../browser.js';

const app = join(root, 'examples/react');
let site;
before(async () => {
  await build({ root: app, base: './', logLevel: 'warn', configFile: false, build: { outDir: 'dist', emptyOutDir: true } });
  site = await launch();
});
after(() => site.close());

test('the JSX type-checks: wrapper props and callbacks, and the plain tags', () => {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], { stdio: 'inherit' });
});

test('React: a reaction and a report reach the app, through the wrappers and the plain tag', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/react/dist/index.html`);
  const heard = page.getByRole('list', { name: 'What the app heard' });
  const [wrapped, plain] = [page.locator('article').nth(0), page.locator('article').nth(1)];

  await until(page, 'the seeded count shows', () => document.querySelector('kin-kudos-reactions').shadowRoot.textContent.includes('2'));
  await wrapped.getByRole('button', { name: /^Thank you/ }).click();
  await heard.getByText('thanks given').waitFor();

  await plain.getByRole('button', { name: /^Sending support/ }).click();
  await heard.getByText('plain tag: support').waitFor();

  await wrapped.getByRole('button', { name: 'Report post by Sam' }).click();
  await page.getByRole('radio', { name: /Spam, scam or fake account/ }).check();
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Send report' }).click();
  await heard.getByText('report received').waitFor();
  assert.deepEqual(await heard.getByRole('listitem').allTextContents(), ['thanks given', 'plain tag: support', 'report received']);
  assert.deepEqual(errors, []);
});
