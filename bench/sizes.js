// Min+gzip sizes of what a page downloads: each CDN module, core's own code, and Lit alone as the
// baseline every Lit element pays for. All built the same way, in the same run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle } from '../scripts/bundle.js';
import { packageDirs, root } from '../scripts/workspace.js';

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** The size of `source` as one minified module, leaving `external` packages out. */
async function bundleSize(source, external = []) {
  const code = await bundle({ root, source, external });
  return { minified: code.length, gzip: gzipSize(code) };
}

const lit = ['lit', /^lit\//, /^@lit\//];

/** A package's own code: its API and registering files, without Lit, React or other Kindred packages. */
export async function ownCodeSize(dir) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  const entries = readdirSync(join(dir, 'dist')).filter((file) => /^(kin-.*|kindred)\.js$/.test(file));
  const source = [`export * from ${JSON.stringify(join(dir, 'dist/src/index.js'))};`]
    .concat(entries.map((file) => `import ${JSON.stringify(join(dir, 'dist', file))};`))
    .join('\n');
  const otherKindred = new RegExp(`^@kindred/(?!${name.slice('@kindred/'.length)}(/|$))`);
  return bundleSize(source, [...lit, /^react($|\/)/, otherKindred]);
}

export async function measureSizes() {
  const baseline = await bundleSize(`export { LitElement, html, css, nothing } from 'lit';`);
  const rows = [];
  for (const dir of packageDirs.filter((d) => existsSync(join(d, 'dist/src/index.js')))) {
    const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
    const excluded = { '@kindred/core': 'Lit', '@kindred/elements': 'Lit and the other packages', '@kindred/react': 'Lit, React and the other packages' }[name] ?? 'Lit and core';
    rows.push({ name: `${name}, own code (excluding ${excluded})`, ...(await ownCodeSize(dir)) });
  }
  for (const dir of packageDirs) {
    const cdn = join(dir, 'dist/cdn');
    if (!existsSync(cdn)) continue;
    const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
    for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(cdn, file));
      rows.push({ name: `${name} CDN module ${file} (self-contained)`, minified: code.length, gzip: gzipSize(code) });
    }
  }
  return { baseline: { name: 'Lit alone (LitElement, html, css)', ...baseline }, rows };
}
