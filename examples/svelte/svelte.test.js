// A Svelte 5 app: properties, `onkin-*` listeners, and svelte-check over the markup.
import { join } from 'node:path';
import { root } from '../../scripts/workspace.js';
import { testApp } from '../browser.js';

testApp('Svelte', { dir: join(root, 'examples/svelte'), typeCheck: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'] });
