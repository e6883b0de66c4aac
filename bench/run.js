// `npm run bench`: measures, then writes docs/benchmarks.md. Figures are compared side by side
// with a baseline measured in the same run, as ratios, never asserted as timings in tests.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/workspace.js';
import { measureSizes } from './sizes.js';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value, baseline) => `${(value / baseline).toFixed(2)}×`;

const sizes = await measureSizes();

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
];

writeFileSync(join(root, 'docs/benchmarks.md'), lines.join('\n'));
console.log(lines.join('\n'));
