/**
 * Edit distance (Levenshtein: insert, delete, substitute, each cost 1) over UTF-16 code units,
 * with Myers' bit-parallel algorithm in 32-bit blocks (Hyyrö's multi-block form, as in edlib):
 * O(⌈m/32⌉·n) word operations, so two 66,000-character documents take about a second.
 */

/** The edit distance between `a` and `b`, counted in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  // Common prefix and suffix never cost anything.
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  // The shorter string is the pattern: fewer blocks per column.
  return x.length <= y.length ? myers(x, y) : myers(y, x);
}

/** Global edit distance of `pattern` (m ≥ 1) against `text` (n ≥ 1). */
function myers(pattern: string, text: string): number {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  // Peq: for each code unit of the pattern, the bit mask of rows where it occurs.
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    let mask = peq.get(code);
    if (!mask) {
      mask = new Uint32Array(blocks);
      peq.set(code, mask);
    }
    mask[i >>> 5] |= 1 << (i & 31);
  }
  const empty = new Uint32Array(blocks);
  const pv = new Uint32Array(blocks).fill(0xffffffff);
  const mv = new Uint32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? empty;
    // Row 0 of the DP grows by one per column: the horizontal delta entering block 0 is +1.
    let hin = 1;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastBit : 0x80000000;
      let eq = eqs[b];
      const pvb = pv[b];
      const mvb = mv[b];
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pvb) + pvb) >>> 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      let hout = 0;
      if (ph & high) hout = 1;
      else if (mh & high) hout = -1;
      ph = ph << 1;
      mh = mh << 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = (mh | ~(xv | ph)) >>> 0;
      mv[b] = (ph & xv) >>> 0;
      hin = hout;
    }
    score += hin;
  }
  return score;
}

/**
 * Character error rate of `hypothesis` against `reference`: edit distance ÷ reference length
 * (0 when both are empty).
 */
export function characterErrorRate(hypothesis: string, reference: string): number {
  if (reference.length === 0) return hypothesis.length === 0 ? 0 : 1;
  return editDistance(hypothesis, reference) / reference.length;
}
