// Min+gzip sizes of what a page downloads: each CDN module, core's own code, and Lit alone as the
// baseline every Lit element pays for. All built the same way, in the same run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { virtualEntry } from '../scripts/virtual-entry.js';
import { packageDirs, root } from '../scripts/workspace.js';

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Minifies `source` as an entry module, leaving `external` packages out. */
async function bundleSize(source, external = []) {
  const { entry, plugin } = virtualEntry(source);
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [plugin],
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'bench.js' },
      minify: true,
      target: 'es2022',
      rolldownOptions: { external },
    },
  });
  const [chunk] = (Array.isArray(output) ? output[0] : output).output;
  return { minified: chunk.code.length, gzip: gzipSize(chunk.code) };
}

export async function measureSizes() {
  const lit = await bundleSize(`export { LitElement, html, css, nothing } from 'lit';`);
  const core = await bundleSize(`export * from ${JSON.stringify(join(root, 'packages/core/dist/src/index.js'))};`, [
    'lit',
    /^lit\//,
    /^@lit\//,
  ]);
  const rows = [{ name: '@kindred/core, own code (excluding Lit)', ...core }];
  for (const dir of packageDirs) {
    const cdn = join(dir, 'dist/cdn');
    if (!existsSync(cdn)) continue;
    const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
    for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(cdn, file));
      rows.push({ name: `${name} CDN module ${file} (self-contained)`, minified: code.length, gzip: gzipSize(code) });
    }
  }
  return { baseline: { name: 'Lit alone (LitElement, html, css)', ...lit }, rows };
}
