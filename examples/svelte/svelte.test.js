// A Svelte 5 app, built by Vite against the packages' built dist/ as an app would, driven in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root } from '../../scripts/workspace.js';
import { buildApp, launch, openPage, reactAndReport } from '../browser.js';

const app = join(root, 'examples/svelte');
let site;
before(async () => {
  await buildApp(app);
  site = await launch();
});
after(() => site.close());

test('the markup type-checks with svelte-check: properties and onkin-* listeners of every tag', () => {
  execFileSync(join(root, 'node_modules/.bin/svelte-check'), ['--workspace', app, '--tsconfig', './tsconfig.json', '--fail-on-warnings'], { stdio: 'inherit' });
});

test('Svelte: a reaction and a report reach the app through properties and onkin-* listeners', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/svelte/dist/index.html`);
  assert.deepEqual(await reactAndReport(page), ['thanks given', 'report received']);
  assert.deepEqual(errors, []);
});
