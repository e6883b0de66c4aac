// Writes each package's custom-elements.json from its JSDoc. Storybook's docs and controls read it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageDirs, root } from './workspace.js';

const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');

export function analyze(dir) {
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--config', join(root, 'custom-elements-manifest.config.js')], {
    cwd: dir,
    stdio: 'inherit',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of packageDirs.filter((d) => JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).customElements)) analyze(dir);
}
