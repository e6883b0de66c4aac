// Every element rendered on the server with @lit-labs/ssr, in Node with no DOM, then hydrated in
// Chromium by a page bundled as an app would bundle it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@kindred/elements/kindred.js';
import { bundle } from '../../scripts/bundle.js';
import { root } from '../../scripts/workspace.js';
import { launch, openPage, until } from '../browser.js';

const tags = ['kin-provider', 'kin-kudos-reactions', 'kin-report-button', 'kin-report-dialog', 'kin-check-in-card', 'kin-empathy-prompt'];

const thread = html`<kin-provider>
  <main style="display: grid; gap: 1rem; max-inline-size: 40rem">
    <kin-check-in-card prompt="How are you doing this week?"></kin-check-in-card>
    <article>
      <p>Finished my first 5 km run since the surgery!</p>
      <kin-kudos-reactions subject="post-1"></kin-kudos-reactions>
      <kin-report-button subject="post-1" subject-type="post" author-id="u-maya" author-name="Maya"></kin-report-button>
    </article>
    <form>
      <label for="reply">Your reply</label>
      <kin-empathy-prompt><textarea id="reply"></textarea></kin-empathy-prompt>
      <button>Post</button>
    </form>
  </main>
  <kin-report-dialog subject="post-1" subject-type="post" author-id="u-maya" author-name="Maya"></kin-report-dialog>
</kin-provider>`;

let site;
let out;
before(async () => {
  site = await launch();
  out = mkdtempSync(join(root, 'examples/ssr/.served-'));
  await bundle({
    root,
    // Hydration support first, before Lit defines its element base class.
    source: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '@kindred/elements/kindred.js';`,
    outDir: out,
    fileName: 'hydrate.js',
  });
});
after(async () => {
  await site.close();
  rmSync(out, { recursive: true, force: true });
});

test('each element renders in Node without window or document', () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
  const markup = collectResultSync(render(thread));
  for (const tag of tags) assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
  assert.match(markup, /How are you doing this week\?/);
  assert.match(markup, /Report/);
  // A property binding would print checked="false", which HTML reads as checked.
  assert.doesNotMatch(markup, /checked="/);
});

test('the server-rendered page hydrates in Chromium: no errors, nothing re-rendered, nothing moves', async () => {
  const markup = collectResultSync(render(thread));
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body>${markup}</body></html>`);
  const path = `/examples/ssr/${out.split('/').pop()}`;
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}${path}/index.html`);

  // Before any script: the declarative shadow roots already show each element.
  const boxes = () =>
    page.evaluate((tags) => tags.map((tag) => JSON.stringify(document.querySelector(tag).getBoundingClientRect())), tags);
  const before = await boxes();
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > *, article > *')].every((el) => el.getBoundingClientRect().height > 0)), true);
  assert.equal(await page.evaluate(() => document.querySelector('kin-check-in-card').shadowRoot.querySelector('input[name="mood"]:checked')), null);
  await page.evaluate((tags) => {
    window.serverNodes = tags.map((tag) => document.querySelector(tag).shadowRoot.lastElementChild);
  }, tags);

  await page.addScriptTag({ type: 'module', url: `${path}/hydrate.js` });
  await until(page, 'every element is defined and updated', (tags) => tags.every((tag) => customElements.get(tag)), tags);
  await page.evaluate((tags) => Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete)), tags);
  assert.deepEqual(await boxes(), before);
  // Hydration adopts the server's DOM rather than rendering it again.
  assert.deepEqual(await page.evaluate((tags) => tags.map((tag, i) => document.querySelector(tag).shadowRoot.lastElementChild === window.serverNodes[i]), tags), tags.map(() => true));

  // And the elements work: a reaction with no client is the host's to handle.
  await page.evaluate(() => document.addEventListener('kin-reaction-toggle', (event) => (window.toggled = event.reaction)));
  await page.getByRole('button', { name: /^Thank you/ }).click();
  assert.equal(await page.evaluate(() => window.toggled), 'thanks');
  await page.getByRole('button', { name: 'Report post by Maya' }).click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(errors, []);
});
