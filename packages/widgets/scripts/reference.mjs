// Renders the widget reference (Markdown) from a Custom Elements Manifest.

/** Table cells are one line; a pipe would end the cell. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, lines) {
  return lines.length === 0 ? [] : [`### ${title}`, '', ...lines];
}

/** Public fields that are not attributes: set them from JavaScript (`el.client = …`). */
function propertiesOnly(element) {
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  return (element.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      (m.privacy ?? 'public') === 'public' &&
      !m.name.startsWith('#') &&
      !attributeFields.has(m.name),
  );
}

/** What a member's `@property`-decorated JSDoc says, for an attribute that carries no text of its own. */
function describeAttribute(element, attribute) {
  const field = (element.members ?? []).find((m) => m.name === attribute.fieldName);
  return attribute.description ?? field?.description;
}

function renderElement(element, importPath) {
  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    code(a.default),
    cell(describeAttribute(element, a)),
  ]);
  const properties = propertiesOnly(element).map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const events = (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const cssProperties = (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]);
  // A Default column only when some custom property documents one.
  const cssHeaders = cssProperties.some((row) => row[1]) ? ['Property', 'Default', 'Description'] : ['Property', 'Description'];
  const cssRows = cssHeaders.length === 3 ? cssProperties : cssProperties.map(([name, , description]) => [name, description]);

  return [
    `## \`<${element.tagName}>\``,
    '',
    ...(element.summary ? [element.summary.trim(), ''] : []),
    ...(element.description ? [element.description.trim(), ''] : []),
    ...(importPath ? ['```js', `import '${importPath}';`, '```', ''] : []),
    ...section('Attributes', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes)),
    ...section('Properties', table(['Property', 'Type', 'Description'], properties)),
    ...section('Events', table(['Event', 'Detail', 'Description'], events)),
    ...section('Slots', table(['Slot', 'Description'], slots)),
    ...section('CSS parts', table(['Part', 'Description'], parts)),
    ...section('CSS custom properties', table(cssHeaders, cssRows)),
  ];
}

/** The package export that registers a tag, found from the module holding its definition. */
function importPathsByTag(manifest, packageJson) {
  const byModule = new Map();
  for (const [subpath, target] of Object.entries(packageJson.exports ?? {})) {
    const file = typeof target === 'string' ? target : (target?.import ?? target?.default);
    if (typeof file !== 'string') continue;
    const source = file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
    byModule.set(source, `${packageJson.name}${subpath.slice(1)}`);
  }
  const paths = new Map();
  for (const mod of manifest.modules) {
    for (const entry of mod.exports ?? []) {
      if (entry.kind === 'custom-element-definition' && byModule.has(mod.path)) paths.set(entry.name, byModule.get(mod.path));
    }
  }
  return paths;
}

/** The whole reference: one section per custom element, in tag order. */
export function renderReference(manifest, packageJson) {
  const importPaths = importPathsByTag(manifest, packageJson);
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = [
    '# Widget reference',
    '',
    '<!-- Generated from packages/widgets/custom-elements.json by `pnpm --filter @mnh/widgets manifest`. Do not edit. -->',
    '',
    `Every element of \`${packageJson.name}\` ${packageJson.version}. The script tag (\`/widgets.js\`) defines them all;`,
    'bundler users import one define module per element. How to embed them: [embedding.md](embedding.md).',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`),
    '',
    ...elements.flatMap((e) => renderElement(e, importPaths.get(e.tagName))),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
