// A React 19 app, built by Vite against the packages' built dist/ as an app would, driven in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root } from '../../scripts/workspace.js';
import { buildApp, launch, openPage, reactAndReport } from '../browser.js';

const app = join(root, 'examples/react');
let site;
before(async () => {
  await buildApp(app);
  site = await launch();
});
after(() => site.close());

test('the TSX type-checks: wrapper props and callbacks, and the plain tags', () => {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], { stdio: 'inherit' });
});

test('React: a reaction and a report reach the app, through the wrappers and the plain tag', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/react/dist/index.html`);
  await reactAndReport(page);
  await page.locator('article').nth(1).getByRole('button', { name: /^Sending support/ }).click();
  const heard = page.getByRole('list', { name: 'What the app heard' });
  await heard.getByText('plain tag: support').waitFor();
  assert.deepEqual(await heard.getByRole('listitem').allTextContents(), ['thanks given', 'report received', 'plain tag: support']);
  assert.deepEqual(errors, []);
});
