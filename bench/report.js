// The report dialog, measured in headless Chromium against a hand-written native dialog.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromeArgs, requireChrome } from '../scripts/chrome.js';
import { serveStatic } from '../scripts/static-server.js';
import { root } from '../scripts/workspace.js';

const runs = 21;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureReport() {
  const out = mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  await build({
    configFile: false,
    root: join(root, 'bench/pages'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, minify: true, target: 'es2022', rolldownOptions: { input: 'report.html' } },
  });
  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/report.html`);
    await page.waitForFunction(() => window.bench);
    const open = (kind, run) => page.evaluate(([k, r]) => window.bench.open(k, r), [kind, run]);
    for (const kind of ['kindred', 'vanilla']) await open(kind, -1);
    const times = { kindred: [], vanilla: [] };
    for (let run = 0; run < runs; run++) {
      for (const kind of run % 2 ? ['vanilla', 'kindred'] : ['kindred', 'vanilla']) times[kind].push(await open(kind, run));
    }
    return { runs, median: { kindred: median(times.kindred), vanilla: median(times.vanilla) } };
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
