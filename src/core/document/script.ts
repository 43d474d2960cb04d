/** Which writing system a stretch of text is mostly in. */
export type Script = 'cjk' | 'latin' | 'none';

/** True for Han ideographs, kana, hangul and CJK compatibility ideographs (BMP and astral). */
export function isCjkChar(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** True for full-width CJK punctuation and forms (、。，：；（）！？「」《》“” etc.). */
export function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** The dominant script of `text`: CJK when CJK characters are at least as many as Latin letters. */
export function scriptOf(text: string): Script {
  let cjk = 0;
  let latin = 0;
  // By code units, a surrogate pair read as its code point (a string iterator is several times
  // slower, and every block of an issue is read here).
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (isCjkChar(code)) cjk++;
    else if (isLatinLetter(code)) latin++;
  }
  if (cjk === 0 && latin === 0) return 'none';
  return cjk >= latin / 3 ? 'cjk' : 'latin';
}
