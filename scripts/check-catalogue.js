// `npm run test:catalogue`: builds the static Storybook as `npm run build:storybook` does, serves it
// on 127.0.0.1 and opens every story and docs page in Chromium. Story tests run unbundled; this
// catches what only the production bundle can break (a registering import tree-shaken away, a
// chunk that fails to load).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromeArgs, requireChrome } from './chrome.js';
import { serveStatic } from './static-server.js';
import { root } from './workspace.js';

const out = join(root, 'storybook-static');
execFileSync('npm', ['run', 'build:storybook', '--silent'], { cwd: root, stdio: 'inherit' });

const server = await serveStatic(out);
const base = server.url;

const entries = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const failures = [];
try {
  const page = await browser.newPage();
  for (const entry of entries) {
    const errors = [];
    const onError = (error) => errors.push(error.message);
    page.on('pageerror', onError);
    await page.goto(`${base}/iframe.html?viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&id=${entry.id}`);
    const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
    try {
      await page.waitForFunction((selector) => document.querySelector(selector)?.childElementCount > 0, root, { timeout: 15_000 });
      // Elements left undefined mean their registering module never ran. The a11y addon's axe run
      // can hold the main thread for seconds on the largest stories (200 posts), hence the margin.
      await page.waitForFunction(
        (selector) => [...document.querySelectorAll(`${selector} *`)].every((el) => !el.localName.includes('-') || customElements.get(el.localName)),
        root,
        { timeout: 30_000 },
      );
    } catch {
      errors.push(`nothing rendered, or custom elements left undefined, in ${root}`);
    }
    page.off('pageerror', onError);
    if (errors.length > 0) failures.push(`${entry.title} › ${entry.name}: ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`The built catalogue is broken:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`The built catalogue renders all ${entries.length} stories and docs pages.`);
