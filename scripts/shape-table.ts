/**
 * Builds `resources/lexicon/shape-similar.txt`, the table of characters of similar shape (形近字)
 * behind the Chinese half of `misreading`:
 *
 *   npx tsx scripts/shape-table.ts [../shared/lexicon] [resources/lexicon/shape-similar.txt]
 *
 * One line per Han character of GB 2312 (what the scan reads): the character, a tab, then up to
 * 64 characters of similar shape, most similar first. Two rankings are fused (reciprocal rank,
 * the structural one weighted 1.5):
 *
 * - structure: evidence from three licensed sources in ../shared/lexicon (Apache-2.0, notices
 *   in resources/lexicon/): four-corner codes (四角号码, char-similar), the similar-stroke groups
 *   (pycorrector) and the decompositions into components (cjk-decomp), over pycorrector's 3,502
 *   common characters;
 * - ink: the glyphs drawn by WenQuanYi Micro Hei (Apache-2.0, the Debian package
 *   fonts-wqy-microhei) at 32 px, blurred, cut to 16 × 16 and compared by the cosine of their
 *   centred ink, over all of GB 2312: what an OCR engine sees (大/六, 于/手, 儿/几, 咕/咭 share
 *   no component but look alike).
 *
 * No OCR corpus is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const dir = process.argv[2] ?? '../shared/lexicon';
const out = process.argv[3] ?? 'resources/lexicon/shape-similar.txt';
/** Structural candidates fused per character, and characters kept in the table. */
const STRUCTURAL = 80;
const KEEP = 64;
/** Ink candidates fused per character. */
const INK = 200;
/** Reciprocal-rank fusion: 1 / (FUSE + rank), the structural ranking weighted 1.5. */
const FUSE = 10;
const STRUCTURAL_WEIGHT = 1.5;
const MIN_SCORE = 1.5;

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const fourCorner = JSON.parse(read('char-similar-char_fourangle.dict')) as Record<string, string>;
const structure = JSON.parse(read('char-similar-char_struct.dict')) as Record<string, string>;
const charFrequency = JSON.parse(read('char-similar-char_frequency.dict')) as Record<
  string,
  number
>;
const common = read('pycorrector-common_char_set.txt')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => [...l].length === 1);
const strokeGroups = read('pycorrector-same_stroke.txt')
  .split('\n')
  .map((l) =>
    l
      .split('\t')
      .map((c) => c.trim())
      .filter((c) => [...c].length === 1),
  )
  .filter((g) => g.length > 1);

// cjk-decomp: "CHAR:TYPE(PART,PART…)"; parts may name other entries by number.
const parts = new Map<string, string[]>();
const types = new Map<string, string>();
for (const line of read('cjk-decomp.txt').split('\n')) {
  const m = /^([^:]+):([^(]*)\((.*)\)$/.exec(line.trim());
  if (!m) continue;
  parts.set(m[1], m[3] ? m[3].split(',') : []);
  types.set(m[1], m[2]);
}

const isStroke = (p: string) => {
  const code = p.codePointAt(0) ?? 0;
  return code >= 0x31c0 && code <= 0x31ef;
};

const componentCache = new Map<string, Map<string, number>>();

/** The components of a character down to three levels, strokes left out. */
function components(char: string): Map<string, number> {
  let found = componentCache.get(char);
  if (!found) {
    found = expand(char, 3);
    componentCache.set(char, found);
  }
  return found;
}

function expand(char: string, depth: number): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (c: string, level: number) => {
    for (const p of parts.get(c) ?? []) {
      if (!isStroke(p) && p !== c) {
        if (!/^\d+$/.test(p)) found.set(p, (found.get(p) ?? 0) + 1);
        if (level < depth) walk(p, level + 1);
      }
    }
  };
  walk(char, 1);
  return found;
}

function jaccard(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let union = 0;
  for (const [k, v] of a) {
    const w = b.get(k) ?? 0;
    inter += Math.min(v, w);
    union += Math.max(v, w);
  }
  for (const [k, w] of b) if (!a.has(k)) union += w;
  return union === 0 ? 0 : inter / union;
}

const strokeMates = new Map<string, Set<string>>();
for (const group of strokeGroups) {
  for (const c of group) {
    const set = strokeMates.get(c) ?? new Set<string>();
    for (const d of group) if (d !== c) set.add(d);
    strokeMates.set(c, set);
  }
}

/** How similar in shape two characters are (0 = no evidence). */
function similarity(a: string, b: string): number {
  let score = 0;
  const ca = fourCorner[a];
  const cb = fourCorner[b];
  if (ca && cb && ca.length === cb.length) {
    let differ = 0;
    for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) differ++;
    if (differ === 0) score += 2;
    else if (differ === 1) score += 1;
  }
  if (strokeMates.get(a)?.has(b)) score += 2;
  const pa = (parts.get(a) ?? []).filter((p) => !isStroke(p));
  const pb = (parts.get(b) ?? []).filter((p) => !isStroke(p));
  // 太 is 大 and a dot, 入 is 人 turned: one holds the other and at most strokes besides.
  if ((pa.length === 1 && pa[0] === b) || (pb.length === 1 && pb[0] === a)) score += 2;
  // 土 and 士, 己 and 已: the same parts, set differently.
  const same =
    (parts.get(a) ?? []).join(',') === (parts.get(b) ?? []).join(',') &&
    (parts.get(a) ?? []).length > 0;
  if (same) score += 1.5;
  // 合 and 台, 间 and 闻, 伤 and 仿: set the same way, one part shared in the same place.
  const ra = parts.get(a) ?? [];
  const rb = parts.get(b) ?? [];
  if (!same && ra.length === 2 && rb.length === 2 && types.get(a) === types.get(b)) {
    if (ra[0] === rb[0] || ra[1] === rb[1]) score += 1;
  }
  score += 2 * jaccard(components(a), components(b));
  if (score > 0 && structure[a] && structure[a] === structure[b]) score += 0.25;
  return score;
}

// Blocking: only pairs that share a four-corner code up to one digit, a stroke group or a component.
const byCode = new Map<string, string[]>();
const byComponent = new Map<string, string[]>();
const push = (map: Map<string, string[]>, key: string, c: string) => {
  const list = map.get(key) ?? [];
  list.push(c);
  map.set(key, list);
};
for (const c of common) {
  const code = fourCorner[c];
  if (code)
    for (let i = 0; i < code.length; i++)
      push(byCode, `${i}:${code.slice(0, i)}?${code.slice(i + 1)}`, c);
  for (const p of components(c).keys()) push(byComponent, p, c);
  push(byComponent, c, c);
}

/** The Han characters of GB 2312, in code order (its two-byte rows 0xB0–0xF7). */
function gb2312Han(): string[] {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const text = new TextDecoder('gbk').decode(new Uint8Array(bytes));
  return [...text].filter((c) => /\p{Script=Han}/u.test(c));
}

const GLYPH = 32;
const SIDE = 16;
const DIM = SIDE * SIDE;

/** The glyph of each character as a unit vector of centred ink, `DIM` values a character. */
async function inkVectors(chars: readonly string[]): Promise<Float32Array> {
  const vectors = new Float32Array(chars.length * DIM);
  const draw = async (i: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${GLYPH}" height="${GLYPH}"><rect width="100%" height="100%" fill="white"/><text x="50%" y="${GLYPH * 0.86}" font-family="WenQuanYi Micro Hei" font-size="${GLYPH * 0.95}" text-anchor="middle" fill="black">${chars[i]}</text></svg>`;
    const grey = await sharp(Buffer.from(svg))
      .greyscale()
      .blur(1)
      .resize(SIDE, SIDE, { kernel: 'cubic' })
      .raw()
      .toBuffer();
    let sum = 0;
    for (let j = 0; j < DIM; j++) sum += 255 - grey[j]!;
    const mean = sum / DIM;
    let norm = 0;
    for (let j = 0; j < DIM; j++) {
      const v = 255 - grey[j]! - mean;
      vectors[i * DIM + j] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < DIM; j++) vectors[i * DIM + j]! /= norm;
  };
  const next = { i: 0 };
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next.i < chars.length) await draw(next.i++);
    }),
  );
  return vectors;
}

/** The `INK` characters whose glyphs are nearest to that of `chars[i]`, nearest first. */
function inkNeighbours(chars: readonly string[], vectors: Float32Array, i: number): string[] {
  const near: { j: number; s: number }[] = [];
  for (let j = 0; j < chars.length; j++) {
    if (j === i) continue;
    let s = 0;
    for (let k = 0; k < DIM; k++) s += vectors[i * DIM + k]! * vectors[j * DIM + k]!;
    near.push({ j, s });
  }
  near.sort((a, b) => b.s - a.s);
  return near.slice(0, INK).map((x) => chars[x.j]!);
}

/** The common characters of similar structure to `key`, most similar first. */
function structural(key: string): string[] {
  const pool = new Set<string>();
  const code = fourCorner[key];
  if (code)
    for (let i = 0; i < code.length; i++)
      for (const c of byCode.get(`${i}:${code.slice(0, i)}?${code.slice(i + 1)}`) ?? [])
        pool.add(c);
  for (const c of strokeMates.get(key) ?? []) pool.add(c);
  for (const p of components(key).keys()) for (const c of byComponent.get(p) ?? []) pool.add(c);
  for (const c of byComponent.get(key) ?? []) pool.add(c);
  for (const p of parts.get(key) ?? []) if (common.includes(p)) pool.add(p);
  pool.delete(key);
  return [...pool]
    .map((c) => ({ c, s: similarity(key, c) }))
    .filter((x) => x.s >= MIN_SCORE)
    .sort((x, y) => y.s - x.s || (charFrequency[y.c] ?? 0) - (charFrequency[x.c] ?? 0))
    .slice(0, STRUCTURAL)
    .map((x) => x.c);
}

const keys = gb2312Han();
const vectors = await inkVectors(keys);
// Without the font every glyph is drawn as the same box: the ink ranking would be noise.
const [ren, mu] = [keys.indexOf('人'), keys.indexOf('木')];
let cosine = 0;
for (let k = 0; k < DIM; k++) cosine += vectors[ren * DIM + k]! * vectors[mu * DIM + k]!;
if (cosine > 0.99) {
  process.stderr.write(
    'shape-table: the glyphs of 人 and 木 come out the same: the font WenQuanYi Micro Hei is missing (Debian: apt-get install fonts-wqy-microhei).\n',
  );
  process.exit(1);
}
const lines: string[] = [];
keys.forEach((key, i) => {
  const score = new Map<string, number>();
  structural(key).forEach((c, rank) =>
    score.set(c, (score.get(c) ?? 0) + STRUCTURAL_WEIGHT / (FUSE + rank)),
  );
  inkNeighbours(keys, vectors, i).forEach((c, rank) =>
    score.set(c, (score.get(c) ?? 0) + 1 / (FUSE + rank)),
  );
  const ranked = [...score]
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEEP)
    .map(([c]) => c);
  if (ranked.length > 0) lines.push(`${key}\t${ranked.join('')}`);
});
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} characters → ${out}\n`);
