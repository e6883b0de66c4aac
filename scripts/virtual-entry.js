// A Vite library build whose entry module is `source` itself, written nowhere on disk.
const id = 'virtual:kindred-entry';

export function virtualEntry(source) {
  return {
    entry: id,
    plugin: {
      name: 'kindred-virtual-entry',
      // Vite resolves a library entry against its root first, hence endsWith.
      resolveId: (requested) => (requested.endsWith(id) ? `\0${id}` : undefined),
      load: (resolved) => (resolved === `\0${id}` ? source : undefined),
    },
  };
}
