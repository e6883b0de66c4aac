// The check-in card, measured in headless Chromium against a hand-written form.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromeArgs, requireChrome } from '../scripts/chrome.js';
import { serveStatic } from '../scripts/static-server.js';
import { root } from '../scripts/workspace.js';

const runs = 15;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureCheckIn() {
  const out = mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  await build({
    configFile: false,
    root: join(root, 'bench/pages'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, minify: true, target: 'es2022', rolldownOptions: { input: 'check-in.html' } },
  });
  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  try {
    const times = { kindred: [], vanilla: [] };
    for (let run = -1; run < runs; run++) {
      for (const kind of run % 2 ? ['vanilla', 'kindred'] : ['kindred', 'vanilla']) {
        // A new page each time: nothing is warm but the HTTP cache, as on a second visit.
        const page = await browser.newPage();
        await page.goto(`${server.url}/check-in.html?kind=${kind}`);
        const at = await page.waitForFunction(() => window.interactiveAt).then((handle) => handle.jsonValue());
        if (run >= 0) times[kind].push(at);
        await page.close();
      }
    }
    return { runs, median: { kindred: median(times.kindred), vanilla: median(times.vanilla) } };
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
