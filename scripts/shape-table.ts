/**
 * Builds `resources/lexicon/shape-similar.txt`, the table of characters of similar shape (形近字)
 * behind the Chinese half of `misreading`:
 *
 *   npx tsx scripts/shape-table.ts [../shared/lexicon] [resources/lexicon/shape-similar.txt]
 *
 * One line per character: the character, a tab, then up to 40 common characters of similar
 * shape, most similar first. Similarity adds up evidence from three licensed sources in
 * ../shared/lexicon (Apache-2.0, notices in resources/lexicon/): four-corner codes (四角号码,
 * char-similar), the similar-stroke groups (pycorrector) and the decompositions into components
 * (cjk-decomp). Candidates are pycorrector's 3,502 common characters. No OCR corpus is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/lexicon';
const out = process.argv[3] ?? 'resources/lexicon/shape-similar.txt';
const KEEP = 40;
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

const keys = new Set<string>(
  [...common, ...Object.keys(fourCorner)].filter((c) => /\p{Script=Han}/u.test(c)),
);
const lines: string[] = [];
for (const key of keys) {
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
  const ranked = [...pool]
    .map((c) => ({ c, s: similarity(key, c) }))
    .filter((x) => x.s >= MIN_SCORE)
    .sort((x, y) => y.s - x.s || (charFrequency[y.c] ?? 0) - (charFrequency[x.c] ?? 0))
    .slice(0, KEEP);
  if (ranked.length > 0) lines.push(`${key}\t${ranked.map((x) => x.c).join('')}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} characters → ${out}\n`);
