// A Vue 3 app, built by Vite against the packages' built dist/ as an app would, driven in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root } from '../../scripts/workspace.js';
import { buildApp, launch, openPage, reactAndReport } from '../browser.js';

const app = join(root, 'examples/vue');
let site;
before(async () => {
  await buildApp(app);
  site = await launch();
});
after(() => site.close());

test('the templates type-check with vue-tsc: properties and events of every tag', () => {
  execFileSync(join(root, 'node_modules/.bin/vue-tsc'), ['-p', join(app, 'tsconfig.json')], { stdio: 'inherit' });
});

test('Vue: a reaction and a report reach the app through properties and @kin-* listeners', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/vue/dist/index.html`);
  assert.deepEqual(await reactAndReport(page), ['thanks given', 'report received']);
  assert.deepEqual(errors, []);
});
