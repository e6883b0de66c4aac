// A React 19 app using @kindred/react's components and the plain tags.
import { join } from 'node:path';
import { root } from '../../scripts/workspace.js';
import { testApp } from '../browser.js';

testApp('React', {
  dir: join(root, 'examples/react'),
  typeCheck: ['tsc', '-p', 'tsconfig.json'],
  // The second post's bar is the plain tag, with an `onkin-reaction-change` prop.
  more: async (page) => {
    await page.locator('article').nth(1).getByRole('button', { name: /^Sending support/ }).click();
    await page.getByText('plain tag: support').waitFor();
  },
  heard: ['thanks given', 'report received', 'plain tag: support'],
});
