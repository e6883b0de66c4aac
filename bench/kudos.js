// Kudos reactions, measured in headless Chromium against the vanilla baseline in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromeArgs, requireChrome } from '../scripts/chrome.js';
import { serveStatic } from '../scripts/static-server.js';
import { root } from '../scripts/workspace.js';

const bars = 1000;
const runs = 9;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function heapUsed(session) {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

export async function measureKudos() {
  const out = mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  await build({
    configFile: false,
    root: join(root, 'bench/pages'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, minify: true, target: 'es2022', rolldownOptions: { input: 'kudos.html' } },
  });
  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: [...chromeArgs, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    const session = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/kudos.html`);
    await page.waitForFunction(() => window.bench);

    const render = (kind) => page.evaluate(([k, n]) => window.bench.render(k, n), [kind, bars]);
    const clear = () => page.evaluate(() => window.bench.clear());

    // Warm up both, so templates, styles and the JIT are ready before anything is measured.
    for (const kind of ['kindred', 'vanilla']) {
      await render(kind);
      await clear();
    }

    const times = { kindred: [], vanilla: [] };
    const calls = {};
    for (let run = 0; run < runs; run++) {
      for (const kind of run % 2 ? ['vanilla', 'kindred'] : ['kindred', 'vanilla']) {
        await heapUsed(session);
        const result = await render(kind);
        times[kind].push(result.ms);
        calls[kind] = result.calls;
        await clear();
      }
    }

    const heap = {};
    for (const kind of ['kindred', 'vanilla']) {
      const start = await heapUsed(session);
      await render(kind);
      const rendered = await heapUsed(session);
      await clear();
      const end = await heapUsed(session);
      heap[kind] = { perInstance: (rendered - start) / bars, afterRemoval: (end - start) / start };
    }

    return { bars, runs, median: { kindred: median(times.kindred), vanilla: median(times.vanilla) }, calls, heap };
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
