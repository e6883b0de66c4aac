import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromeArgs, requireChrome } from './scripts/chrome.js';

// Every story runs as a test in the local Chromium, with axe checking each one.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: requireChrome(), args: chromeArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
