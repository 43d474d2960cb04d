/**
 * Text printed to a terminal, made inert. A message, author, title, publication, file name or
 * rule may hold control characters (an issue saved with `-m $'\e]0;PWN\a\e[2J'`); printed raw,
 * they retitle the window, clear the screen, move the cursor or hide text. Every such
 * character is shown as a visible escape instead (`\x1b`, `\u202e`), so what is printed is what
 * is stored, and nothing is acted on.
 */

/**
 * Characters a terminal acts on: C0 controls (tab and line feed are handled by the caller),
 * DEL, C1 controls (U+0080–U+009F, e.g. CSI U+009B), the line and paragraph separators, and the
 * bidirectional overrides and isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, with tab and line feed too
const ACTIVE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character escaped but tab and line feed (for multi-line text). */
export function terminalText(text: string): string {
  return text.replace(ACTIVE, escapeOne);
}

/** `text` as one inert line: line feeds and tabs are escaped too (table cells, messages). */
export function terminalLine(text: string): string {
  return text.replace(ACTIVE_IN_LINE, escapeOne);
}

/** `text` for `stream`: escaped when it is a terminal, as it is when piped (`show | save`). */
export function forStream(text: string, stream: { readonly isTTY?: boolean }): string {
  return stream.isTTY ? terminalText(text) : text;
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal acts on (DEL, C1,
 * separators, bidi controls) written as `\uXXXX` escapes: the same JSON value, inert on screen.
 */
export function inertJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
