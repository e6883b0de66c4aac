import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root } from '../../scripts/workspace.js';
import { launch, openPage, until } from '../browser.js';

let site;
before(async () => (site = await launch()));
after(() => site.close());

const allTags = ['kin-provider', 'kin-kudos-reactions', 'kin-report-button', 'kin-report-dialog', 'kin-check-in-card', 'kin-empathy-prompt'];
// @kindred/react has none: React apps have a build step.
const modules = readdirSync(join(root, 'packages')).flatMap((name) => {
  const dir = join(root, 'packages', name, 'dist/cdn');
  return !existsSync(dir) ? [] : readdirSync(dir).map((file) => ({ path: `/packages/${name}/dist/cdn/${file}`, tags: file === 'kindred.js' ? allTags : [file.replace(/\.js$/, '')] }));
});

test('every package has its CDN modules, and one registers everything', () => {
  assert.ok(modules.length >= 7, `found ${modules.map((m) => m.path).join(', ')}`);
  assert.ok(modules.some((m) => m.path.endsWith('/kindred.js')));
});

for (const { path, tags } of modules) {
  test(`${path} alone registers ${tags.join(', ')} and exports their classes`, async () => {
    const { page, errors } = await openPage(site.browser);
    // Any page of the same origin will do; the module is all the page loads.
    await page.goto(`${site.url}/examples/cdn/empty.html`);
    await page.addScriptTag({ type: 'module', url: path });
    const found = await page.evaluate(
      async ({ path, tags }) => {
        const exported = Object.values(await import(path));
        return Promise.all(tags.map(async (tag) => exported.includes(await customElements.whenDefined(tag))));
      },
      { path, tags },
    );
    assert.deepEqual(found, tags.map(() => true));
    assert.deepEqual(errors, []);
  });
}

test('kudos.html: the documented two-script page reacts, and the host hears it', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/cdn/kudos.html`);
  const proud = page.getByRole('button', { name: /^Proud of you/ });
  await until(page, 'the seeded count shows', () => document.querySelector('kin-kudos-reactions')?.shadowRoot?.textContent.includes('3'));
  await proud.click();
  assert.equal(await proud.getAttribute('aria-pressed'), 'true');
  await until(page, 'the host page hears the change', () => document.getElementById('last-change').textContent === 'proud given');
  assert.match(await proud.textContent(), /4/);
  assert.deepEqual(errors, []);
});
