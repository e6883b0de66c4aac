import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';
import { join } from 'node:path';
import { root, sourceEntries } from '../scripts/workspace.js';

const packagesDir = join(root, 'packages');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../docs/**/*.mdx', '../packages/*/stories/**/*.stories.ts', '../examples/*/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories run the packages' TypeScript sources directly: no build before `npm start`.
  viteFinal: (config) =>
    mergeConfig(config, {
      plugins: [
        {
          // Packages' `sideEffects` name their built registering files; from source, the same
          // imports (`kin-provider.ts`, story helpers) would be tree-shaken away.
          name: 'kindred-sources-have-side-effects',
          transform: (code: string, id: string) =>
            id.startsWith(packagesDir) && !id.includes('node_modules') ? { code, map: null, moduleSideEffects: true } : undefined,
        },
      ],
      resolve: {
        alias: Object.entries(sourceEntries()).map(([specifier, file]) => ({
          find: new RegExp(`^${escapeRegExp(specifier)}$`),
          replacement: file,
        })),
      },
    }),
});
