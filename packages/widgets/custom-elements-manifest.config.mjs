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

/**
 * The manifest is the public API, so it leaves out what users can't rely on: `private`, `protected` and `#`
 * members, members tagged `@internal` or `@ignore` (the analyzer skips those, but Lit's
 * `static properties` brings them back), and Lit `state: true` properties, which are internal
 * reactive state by definition.
 */
function publicApiOnly() {
  const hiddenTags = new Set(['internal', 'ignore']);
  const isHidden = (ts, node) => ts.getJSDocTags(node).some((tag) => hiddenTags.has(tag.tagName.text));
  /** `state: true` in a `static properties = { name: { state: true } }` entry. */
  const isState = (ts, entry) =>
    ts.isObjectLiteralExpression(entry.initializer) &&
    entry.initializer.properties.some(
      (option) =>
        ts.isPropertyAssignment(option) &&
        option.name.getText() === 'state' &&
        option.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );
  return {
    name: 'mnh-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.text);
      if (!classDoc) return;
      const hidden = new Set();
      for (const member of node.members) {
        if (member.name && isHidden(ts, member)) hidden.add(member.name.getText());
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer);
        if (!isStaticProperties) continue;
        for (const entry of member.initializer.properties) {
          if (ts.isPropertyAssignment(entry) && (isState(ts, entry) || isHidden(ts, entry))) hidden.add(entry.name.getText());
        }
      }
      const isPublic = (member) =>
        !hidden.has(member.name) && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
      if (classDoc.members) classDoc.members = classDoc.members.filter(isPublic);
      if (classDoc.attributes) classDoc.attributes = classDoc.attributes.filter((a) => !hidden.has(a.fieldName));
    },
  };
}

export default {
  // The base class too, so every widget lists the attributes it inherits (`api`, `lang`, `color-scheme`).
  globs: ['src/components/**/*.ts', 'src/internal/hub-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/strings.ts', 'src/**/strings/*.ts'],
  litelement: true,
  packagejson: false,
  plugins: [mnhDefineCalls(), publicApiOnly()],
};
