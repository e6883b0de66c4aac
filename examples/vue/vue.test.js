// A Vue 3 app: `:` properties, `@kin-*` listeners, and vue-tsc over the templates.
import { join } from 'node:path';
import { root } from '../../scripts/workspace.js';
import { testApp } from '../browser.js';

testApp('Vue', { dir: join(root, 'examples/vue'), typeCheck: ['vue-tsc', '-p', 'tsconfig.json'] });
