// `npm run test:packages`: every publishable package passes publint and are-the-types-wrong, then
// its packed tarball is installed into a fresh project that imports every entry point in Node and
// type-checks a consumer file, as a user's project would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDirs, root } from './workspace.js';

const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const bin = (name, args, cwd) => run(join(root, 'node_modules/.bin', name), args, cwd);

const packages = packageDirs
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

for (const { dir, manifest } of packages) {
  console.log(`\n— ${manifest.name}`);
  bin('publint', ['--strict'], dir);
  // Stylesheets have no types to check.
  const stylesheets = Object.keys(manifest.exports).filter((subpath) => subpath.endsWith('.css'));
  const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : [];
  bin('attw', ['--pack', '--profile', 'esm-only', '--format', 'table-flipped', ...exclude], dir);
}

const consumer = mkdtempSync(join(tmpdir(), 'kindred-consumer-'));
try {
  console.log(`\n— installing packed tarballs into ${consumer}`);
  const tarballs = packages.map(({ dir }) =>
    join(consumer, execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: dir, encoding: 'utf8' }).trim()),
  );
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], consumer);

  const entryPoints = packages.flatMap(({ manifest }) =>
    Object.keys(manifest.exports)
      .filter((subpath) => !subpath.endsWith('.json'))
      .map((subpath) => `${manifest.name}${subpath.slice(1)}`),
  );
  // Each registering entry point, `@kindred/x/kin-y.js`, and the tag it must define.
  const tags = entryPoints.flatMap((specifier) => {
    const tag = /\/(kin-[a-z-]+)\.js$/.exec(specifier)?.[1];
    return tag ? [{ specifier, tag }] : [];
  });
  writeFileSync(
    join(consumer, 'smoke.js'),
    `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const entryPoints = ${JSON.stringify(entryPoints)};
for (const specifier of entryPoints) {
  if (specifier.endsWith('.css')) {
    if (!existsSync(fileURLToPath(import.meta.resolve(specifier)))) throw new Error(specifier + ' is missing');
  } else {
    await import(specifier);
  }
}
const { createMemoryClient } = await import('@kindred/core');
const client = createMemoryClient();
const summary = await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'smoke' });
if (summary.counts.thanks !== 1) throw new Error('The memory client did not count the reaction.');
// The analyzer runs on a server too: the same check, with no DOM.
const { analyze } = await import('@kindred/empathy-prompt/analyzer');
if (!analyze('you idiot').harsh || analyze("you're not an idiot").harsh) throw new Error('The analyzer did not read drafts in Node.');
for (const tag of ${JSON.stringify(tags.map((t) => t.tag))}) {
  if (!customElements.get(tag)) throw new Error('<' + tag + '> was not registered.');
}
console.log('Imported ' + entryPoints.length + ' entry points in Node; ' + ${tags.length} + ' tags registered.');
`,
  );
  run(process.execPath, ['smoke.js'], consumer);

  writeFileSync(
    join(consumer, 'consumer.ts'),
    `import { createFetchClient, KindredError, type KindredClient } from '@kindred/core';
${tags.map(({ specifier }) => `import '${specifier}';`).join('\n')}
${tags.map(({ tag }, i) => `const element${i}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');\nelement${i}.remove();`).join('\n')}

import { analyze, spanish, type Analysis } from '@kindred/empathy-prompt/analyzer';

const analysis: Analysis = analyze('eres un idiota', { language: spanish, threshold: 0.6 });
console.log(analysis.spans.map((span) => span.category));
const client: KindredClient = createFetchClient({ baseUrl: 'https://example.com/api/' });
const provider = document.createElement('kin-provider');
provider.client = client;
provider.viewer = { id: 'u1', name: 'Ana' };
document.addEventListener('kin-error', (event) => {
  const error: KindredError = event.error;
  console.log(error.code);
});
`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] },
      files: ['consumer.ts'],
    }),
  );
  bin('tsc', ['-p', 'tsconfig.json'], consumer);
  console.log('A TypeScript consumer type-checks against the packed types.');
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
