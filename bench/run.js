// `npm run bench`: measures, then writes docs/benchmarks.md. Figures are compared side by side
// with a baseline measured in the same run, as ratios, never asserted as timings in tests.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/workspace.js';
import { measureCheckIn } from './check-in.js';
import { measureEmpathy } from './empathy.js';
import { measureKudos } from './kudos.js';
import { measureReport } from './report.js';
import { measureSizes } from './sizes.js';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value, baseline) => `${(value / baseline).toFixed(2)}×`;

const sizes = await measureSizes();
const kudos = await measureKudos();
const report = await measureReport();
const checkIn = await measureCheckIn();
const empathy = await measureEmpathy();
const ownSize = (name) => sizes.rows.find((row) => row.name.startsWith(`@kindred/${name}, own code`));
const kudosSize = ownSize('kudos-reactions');
const reportSize = ownSize('report-button');
const checkInSize = ownSize('check-in-card');
const ms = (value) => `${value.toFixed(0)} ms`;
const verdict = (met) => (met ? 'met' : '**not met**');

const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}. Each figure is compared with a baseline ` +
    'measured in the same run.',
  '',
  '## Download size',
  '',
  'Minified with the same Vite build as the CDN modules, then gzip level 9. The baseline is Lit itself,',
  'which every Lit element needs once per page, so a ratio near 1× means Kindred adds little on top.',
  '',
  '| What | Minified | Min + gzip | vs. Lit alone |',
  '| --- | ---: | ---: | ---: |',
  `| ${sizes.baseline.name} (baseline) | ${kb(sizes.baseline.minified)} | ${kb(sizes.baseline.gzip)} | 1.00× |`,
  ...sizes.rows.map((row) => `| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} | ${ratio(row.gzip, sizes.baseline.gzip)} |`),
  '',
  '## Kudos reactions',
  '',
  `${kudos.bars.toLocaleString('en')} \`<kin-kudos-reactions>\` sharing one memory client, in headless Chromium, from appending them`,
  'until every bar shows all its counts and the page is laid out; median of ' + `${kudos.runs} runs, alternating with the baseline.`,
  'The baseline is a hand-written vanilla custom element that builds the same DOM (same elements, attributes',
  'and delegated listeners), adopts the same stylesheets and reads through the same batching loader, so the',
  'ratio is what Kindred’s code adds over writing it by hand. Heap is V8’s, after forced garbage collection.',
  '',
  '| Measure | Kindred | Vanilla baseline | Ratio | Goal |',
  '| --- | ---: | ---: | ---: | --- |',
  `| Time to ${kudos.bars.toLocaleString('en')} bars with counts | ${ms(kudos.median.kindred)} | ${ms(kudos.median.vanilla)} | ${ratio(kudos.median.kindred, kudos.median.vanilla)} | at most 1.50×: ${verdict(kudos.median.kindred <= 1.5 * kudos.median.vanilla)} |`,
  `| \`getReactions\` calls | ${kudos.calls.kindred} | ${kudos.calls.vanilla} | | at most 5: ${verdict(kudos.calls.kindred <= 5)} |`,
  `| Heap per bar | ${kb(kudos.heap.kindred.perInstance)} | ${kb(kudos.heap.vanilla.perInstance)} | ${ratio(kudos.heap.kindred.perInstance, kudos.heap.vanilla.perInstance)} | |`,
  `| Heap after removing all, vs. before | ${(kudos.heap.kindred.afterRemoval * 100).toFixed(2)}% | ${(kudos.heap.vanilla.afterRemoval * 100).toFixed(2)}% | | within 5%: ${verdict(Math.abs(kudos.heap.kindred.afterRemoval) <= 0.05)} |`,
  `| Own code, min + gzip (excluding Lit and core) | ${kb(kudosSize.gzip)} | | | at most 5 KB: ${verdict(kudosSize.gzip <= 5 * 1024)} |`,
  '',
  '## Report button',
  '',
  'From pressing "Report" to the dialog open, laid out, with its first heading focused, in headless Chromium;',
  `median of ${report.runs} presses, each on a fresh button, so every time includes creating the dialog, as a`,
  'first press on a page does. The baseline is a hand-written trigger that builds a native `<dialog>` with the',
  'same first step (heading, ten reasons with descriptions, buttons) on its first press.',
  '',
  '| Measure | Kindred | Vanilla baseline | Ratio | Goal |',
  '| --- | ---: | ---: | ---: | --- |',
  `| Press to dialog open and focused | ${report.median.kindred.toFixed(1)} ms | ${report.median.vanilla.toFixed(1)} ms | ${ratio(report.median.kindred, report.median.vanilla)} | under one frame (16 ms): ${verdict(report.median.kindred < 16)} |`,
  `| Own code, min + gzip (excluding Lit and core) | ${kb(reportSize.gzip)} | | | at most 8 KB: ${verdict(reportSize.gzip <= 8 * 1024)} |`,
  '',
  'Of the report button\'s own code, about 3.5 KB is its text in two complete languages (English and',
  'Spanish: ten reasons with descriptions, the legal notice, every step) and 0.9 KB its styles. Loading',
  'languages other than English on demand would take it near the goal; it is not done yet.',
  '',
  '## Check-in card',
  '',
  'From navigation start to an interactive card: its first mood choice focused and the page laid out, in a',
  `fresh page each time (only the HTTP cache warm); median of ${checkIn.runs} loads, alternating. The card's code`,
  '(Lit, core, the card) is fetched on demand; the baseline is a hand-written form with the same questions.',
  '',
  '| Measure | Kindred | Vanilla baseline | Ratio | Goal |',
  '| --- | ---: | ---: | ---: | --- |',
  `| Load to interactive card | ${ms(checkIn.median.kindred)} | ${ms(checkIn.median.vanilla)} | ${ratio(checkIn.median.kindred, checkIn.median.vanilla)} | |`,
  `| Own code, min + gzip (excluding Lit, core and kudos-reactions) | ${kb(checkInSize.gzip)} | | | at most 6 KB: ${verdict(checkInSize.gzip <= 6 * 1024)} |`,
  '',
  ...empathySection(empathy),
];

function empathySection({ missing, sets, paste, sizes: analyzerSizes, names }) {
  const pct = (x) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
  const lines = [
    '## Empathy prompt',
    '',
    'The analyzer beside two popular npm filters, `obscenity` and `@2toad/profanity`, measured in the same run',
    'in Node with the project\'s evaluation harness (`eval.mjs`): each analyzer at its own default, whole-set',
    'throughput as the median of five timed rounds, and per-message latency from one pass timed message by message.',
    'Absolute timings on a shared virtual machine vary by a quarter or more between runs; the ratios between',
    'analyzers measured in the same run hold better.',
    '',
  ];
  if (missing) {
    lines.push(`The evaluation data was not found at \`${missing}\` (set \`KINDRED_EMPATHY_EVAL\`), so only sizes are measured.`, '');
  } else {
    const [dev, probes, hatecheck] = [sets.dev, sets['probes-dev'], sets.hatecheck];
    const kindred = (rows) => rows[0];
    const silent = ['probe:self_disclosure', 'probe:supportive', 'probe:negation', 'probe:reported_speech'];
    const hatecheckGoals = ['hc:negate_neg_nh', 'hc:counter_quote_nh', 'hc:counter_ref_nh', 'hc:profanity_nh', 'hc:target_obj_nh'];
    const correct = (row, source) => 1 - row.bySource[source].fpr;
    const speed = kindred(dev).throughput;
    lines.push(
      '| Set | Analyzer | Precision | Recall | False positives | Recall at ≤5% false positives | Messages per ms | µs per message, p50 / p99 |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...Object.entries({ 'dev (850)': dev, 'probes (45)': probes, 'HateCheck (3,728)': hatecheck }).flatMap(([set, rows]) =>
        rows.map(
          (row) =>
            `| ${set} | ${row.name} | ${pct(row.precision)} | ${pct(row.recall)} | ${pct(row.fpr)} | ${pct(row.rAt5.recall)} | ${row.throughput.msgsPerMs.toFixed(0)} | ${row.throughput.p50us.toFixed(1)} / ${row.throughput.p99us.toFixed(1)} |`,
        ),
      ),
      '',
      'Recall on harsh messages and false positives on kind ones, per source of the dev set:',
      '',
      `| Analyzer | ${Object.keys(kindred(dev).bySource).map((source) => source).join(' | ')} |`,
      `| --- | ${Object.keys(kindred(dev).bySource).map(() => '---:').join(' | ')} |`,
      ...dev.map(
        (row) =>
          `| ${row.name} | ${Object.values(row.bySource)
            .map((v) => [v.harsh ? `R ${pct(v.recall)}` : '', v.benign ? `FP ${pct(v.fpr)}` : ''].filter(Boolean).join(', '))
            .join(' | ')} |`,
      ),
      '',
      'Correct on the HateCheck functionalities where filters go wrong (higher is better):',
      '',
      `| Analyzer | ${hatecheckGoals.map((g) => g.slice(3)).join(' | ')} |`,
      `| --- | ${hatecheckGoals.map(() => '---:').join(' | ')} |`,
      ...hatecheck.map((row) => `| ${row.name} | ${hatecheckGoals.map((g) => pct(correct(row, g))).join(' | ')} |`),
      '',
      '| Goal (Kindred) | Measured | |',
      '| --- | --- | --- |',
      `| dev: recall at least 80% with false positives at most 5%, default threshold | ${pct(kindred(dev).recall)} at ${pct(kindred(dev).fpr)} | ${verdict(kindred(dev).recall >= 0.8 && kindred(dev).fpr <= 0.05)} |`,
      `| probes: every self-disclosure, supportive, negation and reported-speech case silent | ${silent.map((s) => `${s.slice(6)} ${pct(kindred(probes).bySource[s].fpr)} flagged`).join(', ')} | ${verdict(silent.every((s) => kindred(probes).bySource[s].fpr === 0))} |`,
      `| HateCheck: at least 80% correct on each functionality above | lowest ${pct(Math.min(...hatecheckGoals.map((g) => correct(kindred(hatecheck), g))))} | ${verdict(hatecheckGoals.every((g) => correct(kindred(hatecheck), g) >= 0.8))} |`,
      `| p99 under 20 µs per message (dev) | ${speed.p99us.toFixed(1)} µs | ${verdict(speed.p99us < 20)} |`,
      `| at least 300 messages per ms (dev) | ${speed.msgsPerMs.toFixed(0)} | ${verdict(speed.msgsPerMs >= 300)} |`,
      '',
      'Reading a 100 KB paste, median of 15 runs (the element reads after a pause in typing, never on the keystroke):',
      '',
      `| Text | ${names.join(' | ')} |`,
      `| --- | ${names.map(() => '---:').join(' | ')} |`,
      ...paste.map((row) => `| ${row.name} | ${names.map((name) => `${row.ms[name].toFixed(1)} ms`).join(' | ')} |`),
      '',
    );
  }
  const [english] = analyzerSizes;
  lines.push(
    'Download size, minified and gzip level 9, built the same way:',
    '',
    '| What | Minified | Min + gzip |',
    '| --- | ---: | ---: |',
    ...analyzerSizes.map((row) => `| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} |`),
    '',
    `Goal: the analyzer with its English lexicon at most 12 KB min + gzip: ${kb(english.gzip)}, ${verdict(english.gzip <= 12 * 1024)}.`,
    '',
  );
  return lines;
}

writeFileSync(join(root, 'docs/benchmarks.md'), lines.join('\n'));
console.log(lines.join('\n'));
