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

let members: Uint8Array | undefined;

function build(): Uint8Array {
  const bytes = new Uint8Array((0xf7 - 0xb0 + 1) * (0xfe - 0xa1 + 1) * 2);
  let k = 0;
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      bytes[k++] = row;
      bytes[k++] = cell;
    }
  }
  const set = new Uint8Array(SPAN);
  const text = new TextDecoder('gbk').decode(bytes);
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i) - BASE;
    if (x >= 0 && x < SPAN) set[x] = 1;
  }
  return set;
}

/** True when the UTF-16 code unit `code` is a Han character of GB 2312. */
export function isGb2312Han(code: number): boolean {
  members ??= build();
  const x = code - BASE;
  return x >= 0 && x < SPAN && members[x] === 1;
}
