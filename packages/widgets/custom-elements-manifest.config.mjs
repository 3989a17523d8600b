// Custom Elements Manifest settings: the public components, read from their JSDoc and Lit decorators.

/**
 * The components register their tags through `define('mnh-…', Class)` (src/internal/define.ts),
 * which tolerates a second copy of the bundle; the analyzer only knows `customElements.define`,
 * so this plugin records those calls as the same custom-element definitions.
 */
function mnhDefineCalls() {
  return {
    name: 'mnh-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          declaredIn.set(declaration.name, mod.path);
          // The base class's generic `emit(name, …)` reads as an event called "name"; every real
          // event carries the prefix and is documented with @fires on its component.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('mnh-'));
        }
      }
      // The define module imports the class; point each definition at the module that declares it.
      for (const mod of customElementsManifest.modules) {
        for (const entry of mod.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && !entry.declaration.module) {
            entry.declaration.module = declaredIn.get(entry.declaration.name);
          }
        }
      }
    },
  };
}

export default {
  // The base class too, so every widget lists the attributes it inherits (`api`, `lang`, `theme`).
  globs: ['src/components/**/*.ts', 'src/internal/hub-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/strings.ts', 'src/**/strings/*.ts'],
  litelement: true,
  packagejson: false,
  plugins: [mnhDefineCalls()],
};
