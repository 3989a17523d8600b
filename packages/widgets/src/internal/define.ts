// Registers a custom element once, so two copies or versions of the bundle on one page coexist.

/**
 * Defines `tag` unless it is already defined. A different class under the same tag means another
 * copy of the library got there first: that one is kept and a warning says so, because throwing
 * would break the whole page for what is usually a harmless duplicate script tag.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already defined by another copy of @mnh/widgets; keeping the first one.`);
  }
}
