// The empathy analyzer beside two npm filters, measured in the same run: quality and speed with
// the evaluation harness and sets in ../shared/eval/empathy (or KINDRED_EMPATHY_EVAL), the time to
// read a 100 KB paste, and download sizes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundle } from '../scripts/bundle.js';
import { root } from '../scripts/workspace.js';

const analyzerModule = join(root, 'packages/empathy-prompt/dist/src/analyzer/index.js');
const peers = [join(root, 'bench/empathy/obscenity.js'), join(root, 'bench/empathy/profanity.js')];

async function size(source) {
  const code = await bundle({ root, source, external: [] });
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureEmpathySizes() {
  return [
    { name: 'Kindred analyzer with English', ...(await size(`export { analyze } from ${JSON.stringify(analyzerModule)};`)) },
    { name: 'Kindred analyzer with English and Spanish', ...(await size(`export { analyze, spanish } from ${JSON.stringify(analyzerModule)};`)) },
    { name: 'obscenity 0.4.6 (English dataset)', ...(await size(`export { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';`)) },
    { name: '@2toad/profanity 3.3.0', ...(await size(`export { profanity } from '@2toad/profanity';`)) },
  ];
}

/** Milliseconds to read each 100 KB text, median of `runs`, for every analyzer. */
async function pasteTimes(analyzers, runs = 15) {
  const wall = (unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  const texts = {
    'prose (kind)': wall('I hear you. It sounds like a hard week, and it is fine to take a break this weekend. '),
    'abuse (a wall of insults)': wall('you stupid idiot, nobody asked! '),
    'mixed scripts': wall('مرحبا بالعالم hello мир 你好 שלום '),
  };
  const rows = [];
  for (const [name, text] of Object.entries(texts)) {
    const row = { name, ms: {} };
    for (const analyzer of analyzers) {
      analyzer.analyze(text);
      const times = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        analyzer.analyze(text);
        times.push(performance.now() - start);
      }
      row.ms[analyzer.name] = times.sort((a, b) => a - b)[runs >> 1];
    }
    rows.push(row);
  }
  return rows;
}

export async function measureEmpathy() {
  const evalDir = process.env.KINDRED_EMPATHY_EVAL ?? join(root, '../shared/eval/empathy');
  const harness = join(evalDir, 'eval.mjs');
  if (!existsSync(harness)) return { missing: evalDir, sizes: await measureEmpathySizes() };
  const { loadSet, loadAnalyzer, evaluate } = await import(pathToFileURL(harness).href);
  const kindred = await loadAnalyzer(analyzerModule);
  kindred.name = 'Kindred';
  const analyzers = [kindred, ...(await Promise.all(peers.map((peer) => loadAnalyzer(peer))))];
  const sets = {};
  for (const set of ['dev', 'probes-dev', 'hatecheck']) {
    const items = loadSet(join(evalDir, `${set}.jsonl`));
    sets[set] = [];
    for (const analyzer of analyzers) {
      const result = await evaluate(analyzer, items, { minMs: 2000 });
      delete result.preds;
      delete result.scores;
      sets[set].push(result);
    }
  }
  return { sets, paste: await pasteTimes(analyzers), sizes: await measureEmpathySizes(), names: analyzers.map((a) => a.name) };
}
