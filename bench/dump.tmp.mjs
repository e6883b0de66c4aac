import { bundle } from '../scripts/bundle.js';
const dir = '/work/main/packages/kudos-reactions/dist';
const code = await bundle({ root: '/work/main', source: `export * from '${dir}/src/index.js'; import '${dir}/kin-kudos-reactions.js';`, external: [/^lit/, /^@lit/, /^@kindred\/core/] });
console.log(code);
