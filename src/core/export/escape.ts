/**
 * Escaping for the HTML Galley writes. Text from an issue is never trusted as markup.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML element or a quoted attribute. Lone surrogates (which cannot be
 * encoded as UTF-8) become U+FFFD, and C0 controls other than tab and line feed are dropped, so
 * the page is always well-formed.
 */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}
