// The build steps after `tsc -b`, run from a package folder (`npm run build -w packages/x`):
// the custom-elements manifest, minified template text, one self-contained minified CDN module per
// registering file, and, for core, tokens.css.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './analyze.js';
import { minifyTemplates } from './minify-templates.js';
import { bundle } from './bundle.js';
import { root } from './workspace.js';

const dir = process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

// @kindred/elements defines no element of its own.
if (manifest.customElements) analyze(dir);

for (const file of readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => f.endsWith('.js') && !f.startsWith('cdn'))) {
  const path = join(dir, 'dist', file);
  writeFileSync(path, minifyTemplates(readFileSync(path, 'utf8')));
}

// A CDN module registers its tags and exports the package's API, so a page without a build step
// can `import { createFetchClient } from '…/kin-provider.js'`. `kindred.js` registers them all.
const registering = readdirSync(dir).filter((file) => /^(kin-.*|kindred)\.ts$/.test(file) && !file.endsWith('.d.ts'));
for (const file of registering) {
  const name = file.replace(/\.ts$/, '');
  await bundle({
    root: dir,
    source: `export * from ${JSON.stringify(join(dir, 'dist/src/index.js'))};\nimport ${JSON.stringify(join(dir, 'dist', `${name}.js`))};`,
    outDir: join(dir, 'dist/cdn'),
    fileName: `${name}.js`,
  });
}

if (dir === join(root, 'packages/core')) {
  const { tokens, tokenDefault } = await import(pathToFileURL(join(dir, 'dist/src/tokens.js')).href);
  const lines = Object.entries(tokens).map(([name, token]) => `  /* ${token.description} */\n  --kin-${name}: ${tokenDefault(token)};`);
  writeFileSync(
    join(dir, 'dist/tokens.css'),
    `/* Kindred design tokens, generated from @kindred/core's tokens.ts. Every component already has
   these defaults; include this file to see them in one place, to override them, or to force a
   colour scheme with .kin-theme-light / .kin-theme-dark. Colours follow color-scheme. */
:root {
${lines.join('\n')}
}

.kin-theme-light {
  color-scheme: light;
}

.kin-theme-dark {
  color-scheme: dark;
}
`,
  );
}
