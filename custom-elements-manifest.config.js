// Run from a package folder. Reads tags from our `defineElement('kin-x', KinX)` calls, points
// module paths at the published JavaScript, and leaves private members and guessed events out.

function defineElementPlugin() {
  return {
    name: 'kindred-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor) return;
      const name = constructor.getText();
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const definition of modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
        const imported = modules.find((m) => m.declarations?.some((d) => d.name === definition.declaration.name && d.customElement));
        const declaration = imported?.declarations.find((d) => d.name === definition.declaration.name);
        if (!declaration) continue;
        declaration.tagName = definition.name;
        definition.declaration.module = imported.path;
      }
    },
  };
}

function publishedPathsPlugin() {
  const published = (path) => `dist/${path.replace(/\.ts$/, '.js')}`;
  return {
    name: 'kindred-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = published(module.path);
        for (const entry of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          if (entry.declaration?.module) entry.declaration.module = published(entry.declaration.module);
          if (entry.superclass?.module) entry.superclass.module = published(entry.superclass.module);
        }
        for (const declaration of module.declarations ?? []) {
          // `@fires` is the list; the analyzer also guesses names from `dispatchEvent(new X(arg))`.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts', 'kin-*.ts'],
  exclude: ['**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementPlugin(), publishedPathsPlugin()],
};
