/**
 * The 6,763 Han characters of GB 2312, the character set of simplified Chinese print: what an
 * OCR engine reading simplified text puts out, nearly always. A character outside it is a
 * traditional form (們, 歡, 結) or a rare one, which the misreading scan leaves as printed:
 * traditional text is no misreading of simplified text. The set comes from the platform's own
 * GBK decoder (GB 2312's two-byte rows 0xB0–0xF7), so no table is shipped.
 */

/** The first code unit the set indexes. */
const BASE = 0x4e00;
const SPAN = 0xa000 - BASE;

/** How many Han characters GB 2312 holds. */
export const GB2312_HAN_COUNT = 6763;

/**
 * Per code unit from `BASE`: 1 + the character's place among GB 2312's Han characters in code
 * order, 0 when it is none of them.
 */
let places: Uint16Array | undefined;

function build(): Uint16Array {
  const bytes = new Uint8Array((0xf7 - 0xb0 + 1) * (0xfe - 0xa1 + 1) * 2);
  let k = 0;
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      bytes[k++] = row;
      bytes[k++] = cell;
    }
  }
  const found = new Uint16Array(SPAN);
  const text = new TextDecoder('gbk').decode(bytes);
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i) - BASE;
    if (x >= 0 && x < SPAN) found[x] = 1;
  }
  let place = 0;
  for (let x = 0; x < SPAN; x++) if (found[x] === 1) found[x] = ++place;
  return found;
}

/**
 * The place of the UTF-16 code unit `code` among GB 2312's Han characters (0 to
 * `GB2312_HAN_COUNT` − 1, in code order), -1 when it is none of them: an index for tables kept
 * per character.
 */
export function gb2312Index(code: number): number {
  places ??= build();
  const x = code - BASE;
  return x >= 0 && x < SPAN ? places[x]! - 1 : -1;
}

/** True when the UTF-16 code unit `code` is a Han character of GB 2312. */
export function isGb2312Han(code: number): boolean {
  return gb2312Index(code) >= 0;
}
