// Where each workspace package's public entry points live in source, so tests and Storybook run
// the TypeScript directly, without a build. Derived from each package.json `exports`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const packageDirs = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));

/** `{ '@kindred/core': '/abs/packages/core/src/index.ts', … }` for every JavaScript entry point. */
export function sourceEntries() {
  const entries = { '@kindred/test-utils': join(root, 'packages/core/test/utils.ts') };
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.endsWith('.js')) continue;
      const source = join(dir, file.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts'));
      if (existsSync(source)) entries[posix.join(manifest.name, subpath)] = source;
    }
  }
  return entries;
}

/** The same map as paths served from the repository root, for web-test-runner. */
export function servedSourceEntries() {
  return Object.fromEntries(
    Object.entries(sourceEntries()).map(([specifier, file]) => [specifier, `/${relative(root, file).split(sep).join('/')}`]),
  );
}
