import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';
import { sourceEntries } from '../scripts/workspace.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../docs/**/*.mdx', '../packages/*/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories run the packages' TypeScript sources directly: no build before `npm start`.
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: {
        alias: Object.entries(sourceEntries()).map(([specifier, file]) => ({
          find: new RegExp(`^${escapeRegExp(specifier)}$`),
          replacement: file,
        })),
      },
    }),
});
