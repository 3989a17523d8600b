// Contributors' text made safe for XML, and for feed readers that render a field as HTML.

/**
 * Characters XML 1.0 cannot carry even escaped: C0 controls other than tab, line feed and carriage
 * return, U+FFFE and U+FFFF, and unpaired surrogates. A stray one would make the whole feed
 * unreadable to a conforming parser, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML that shows it literally. The `feed` library marks entry titles, summaries and
 * content `type="html"`, which readers render as markup: escaped, a title like `<b>x</b>` or
 * `<script>` is displayed as typed, never interpreted.
 */
export function htmlText(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
