import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/chrome.js';
import { testServerPlugin } from './scripts/test-server-plugin.js';
import { servedSourceEntries } from './scripts/workspace.js';

const sources = servedSourceEntries();

export default {
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    {
      name: 'kindred-sources',
      resolveImport: ({ source }) => sources[source],
    },
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    testServerPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChrome(), headless: true, args: chromeArgs },
      // A window of its own per page: tabs in one window starve each other of animation frames,
      // and separate contexts keep each test file's storage apart.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 90, branches: 80 },
    reportDir: 'coverage',
  },
};
