// One self-contained, fully minified ES module from `source` (written nowhere on disk), as the CDN
// modules are built and as the benchmarks measure them.
import { build } from 'vite';

const entry = 'virtual:kindred-entry';

/**
 * @param {{ root: string, source: string, external?: (string | RegExp)[], outDir?: string, fileName?: string }} options
 *   With `outDir` the module is written there; without, its code is returned.
 */
export async function bundle({ root, source, external = [], outDir, fileName = 'bundle.js' }) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      {
        name: 'kindred-virtual-entry',
        // Vite resolves a library entry against its root first, hence endsWith.
        resolveId: (id) => (id.endsWith(entry) ? `\0${entry}` : undefined),
        load: (id) => (id === `\0${entry}` ? source : undefined),
      },
    ],
    build: {
      lib: { entry, formats: ['es'], fileName: () => fileName },
      write: outDir !== undefined,
      ...(outDir && { outDir, emptyOutDir: false }),
      target: 'es2022',
      reportCompressedSize: false,
      // Vite keeps whitespace in ES libraries, for bundlers downstream; these modules are final.
      rolldownOptions: { external, output: { minify: true, comments: false } },
    },
  });
  return (Array.isArray(output) ? output[0] : output).output[0].code;
}
