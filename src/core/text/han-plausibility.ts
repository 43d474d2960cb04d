/**
 * Does a decoded text read as Chinese? A draft decoded in the wrong legacy encoding (Big5 read
 * as GB18030, GB18030 read as Big5, UTF-16 read as either) still decodes without an error, but
 * its Han characters turn into rare ones, kana, bopomofo, Hangul, box drawing or private-use
 * characters. Real Chinese text, simplified or traditional, is almost all common characters.
 *
 * "Common" is taken from the encodings themselves, so no table ships: level 1 of GB 2312 (rows
 * B0–D7, the 3,755 most used simplified characters) and the frequent characters of Big5 (A440–
 * C67E, 5,401 traditional characters).
 */

/** How a text's characters look to the plausibility test. */
export interface HanPlausibility {
  /** Han characters among the text's characters. */
  readonly han: number;
  /** Of those, the common ones. */
  readonly common: number;
  /** Characters that wrongly decoded Chinese turns into (kana, bopomofo, Hangul, PUA…). */
  readonly odd: number;
  /** common / (han + odd): near 1 for real Chinese, far lower for a wrong decode; 1 when both are 0. */
  readonly ratio: number;
}

let commonHan: Set<number> | undefined;

/** Every character of `ranges` (lead byte range × trail byte ranges) decoded in `encoding`. */
function decodeTable(
  encoding: string,
  leads: readonly [number, number],
  trails: readonly (readonly [number, number])[],
  lastLeadMaxTrail: number,
): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        if (lead === leads[1] && trail > lastLeadMaxTrail) continue;
        bytes.push(lead, trail);
      }
    }
  }
  return new TextDecoder(encoding).decode(new Uint8Array(bytes));
}

function common(): Set<number> {
  if (commonHan) return commonHan;
  const set = new Set<number>();
  const text =
    decodeTable('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], 0xf9) +
    decodeTable(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
      0x7e,
    );
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) set.add(code);
  }
  commonHan = set;
  return set;
}

/** True for the characters a wrong decode of Chinese produces and real Chinese rarely holds. */
function isOdd(code: number): boolean {
  return (
    (code >= 0x0370 && code <= 0x04ff) || // Greek, Cyrillic (GB 2312 rows A6, A7)
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x2500 && code <= 0x257f) || // box drawing (GB 2312 row A9)
    (code >= 0x3040 && code <= 0x312f) || // kana, bopomofo
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility jamo
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xe000 && code <= 0xf8ff) || // private use (GBK's user areas, HKSCS gaps)
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff61 && code <= 0xff9f) || // half-width katakana
    code === 0xfffd
  );
}

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** Counts `text`'s Han, common Han and odd characters (see HanPlausibility). */
export function hanPlausibility(text: string): HanPlausibility {
  const set = common();
  let han = 0;
  let commonCount = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x0370) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    if (isHan(code)) {
      han++;
      if (set.has(code)) commonCount++;
    } else if (isOdd(code)) odd++;
  }
  const seen = han + odd;
  return { han, common: commonCount, odd, ratio: seen === 0 ? 1 : commonCount / seen };
}
