/**
 * Misreadings as series (the idea of PoCoTo's error series): every place where the OCR read the
 * same form the same wrong way ("tho → the", "末来 → 未来") is one series, so the editor decides
 * a misreading once for the whole issue, or place by place. Within a series the places the OCR
 * engine was least sure of come first (its word confidence, where the file has one). Pure.
 *
 * Offsets are UTF-16 code units into the editor's document.
 */
import type { Text } from '@codemirror/state';
import type { Finding } from '../../../../core/finding';
import type { GeometryWord } from '../../../../core/geometry/page-geometry';

/** The form a misreading changes: the word as printed and as meant, and where it stands. */
export interface SeriesForm {
  /** The word as the OCR read it. */
  readonly from: string;
  /** The word the finding makes of it. */
  readonly to: string;
  readonly start: number;
  readonly end: number;
}

/** One place of a series: the finding and the OCR's confidence in the word (0..1, if known). */
export interface SeriesPlace {
  readonly finding: Finding;
  readonly confidence?: number;
}

/** The places where the same form was misread the same way. */
export interface MisreadingSeries {
  /** `from` and `to` joined; stable while the forms are. */
  readonly key: string;
  readonly from: string;
  readonly to: string;
  /** Least sure first (places without a confidence last), then in document order. */
  readonly places: readonly SeriesPlace[];
  /** The lowest confidence of its places, when any is known. */
  readonly lowest?: number;
}

const HAN = /\p{Script=Han}/u;

/** The key of the series of `from` read for `to`. */
export function seriesKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/**
 * The form a misreading finding changes. A Latin finding covers the whole word. A Chinese one
 * covers one character; its form is the common word the message names ("可成常用词“未来”"),
 * found around the character, so "末来 → 未来" is one series and "this word is correct" protects
 * 末来, never the character 末 alone. When that word cannot be placed, the character with its
 * Han neighbours stands for it.
 */
export function seriesForm(finding: Finding, doc: Text): SeriesForm {
  const covered = doc.sliceString(finding.start, finding.end);
  if (!(finding.end - finding.start === 1 && HAN.test(covered))) {
    return { from: covered, to: finding.replacement, start: finding.start, end: finding.end };
  }
  const word = /common word "([^"]+)"/.exec(finding.message.en)?.[1];
  if (word) {
    for (
      let j = word.indexOf(finding.replacement);
      j >= 0;
      j = word.indexOf(finding.replacement, j + 1)
    ) {
      const start = finding.start - j;
      const end = start + word.length;
      if (start < 0 || end > doc.length) continue;
      const seen = doc.sliceString(start, end);
      if (seen.slice(0, j) + finding.replacement + seen.slice(j + 1) === word && seen !== word) {
        return { from: seen, to: word, start, end };
      }
    }
  }
  let start = finding.start;
  let end = finding.end;
  if (start > 0 && HAN.test(doc.sliceString(start - 1, start))) start--;
  if (end < doc.length && HAN.test(doc.sliceString(end, end + 1))) end++;
  const seen = doc.sliceString(start, end);
  const at = finding.start - start;
  return {
    from: seen,
    to: seen.slice(0, at) + finding.replacement + seen.slice(at + 1),
    start,
    end,
  };
}

/**
 * The lowest confidence of the OCR words overlapping `[start, end)`, or undefined when none has
 * one. `words` are in text order (PageGeometry.words of the same text).
 */
export function confidenceIn(
  words: readonly GeometryWord[],
  start: number,
  end: number,
): number | undefined {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let lowest: number | undefined;
  for (let i = lo; i < words.length && words[i].start < Math.max(end, start + 1); i++) {
    const c = words[i].confidence;
    if (words[i].end > words[i].start && c !== undefined) lowest = Math.min(lowest ?? 1, c);
  }
  return lowest;
}

const byConfidence = (a: SeriesPlace, b: SeriesPlace) =>
  (a.confidence ?? 2) - (b.confidence ?? 2) || a.finding.start - b.finding.start;

/**
 * The misreading findings of `findings` as series: the biggest series first; between series of
 * one size, the one with the least sure place first, then the one met first in the text.
 * `words`: the OCR words of the same text with their confidences (empty when the file has none).
 */
export function misreadingSeries(
  findings: readonly Finding[],
  doc: Text,
  words: readonly GeometryWord[] = [],
): MisreadingSeries[] {
  const groups = new Map<string, { from: string; to: string; places: SeriesPlace[] }>();
  for (const finding of findings) {
    if (finding.kind !== 'misreading' || finding.end > doc.length) continue;
    const form = seriesForm(finding, doc);
    const key = seriesKey(form.from, form.to);
    const confidence =
      words.length > 0 ? confidenceIn(words, finding.start, finding.end) : undefined;
    const place: SeriesPlace = confidence === undefined ? { finding } : { finding, confidence };
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { from: form.from, to: form.to, places: [place] });
  }
  const series: (MisreadingSeries & { readonly first: number })[] = [];
  for (const [key, group] of groups) {
    const places = [...group.places].sort(byConfidence);
    const lowest = places[0].confidence;
    let first = Infinity;
    for (const place of places) first = Math.min(first, place.finding.start);
    series.push({
      key,
      from: group.from,
      to: group.to,
      places,
      first,
      ...(lowest !== undefined && { lowest }),
    });
  }
  series.sort(
    (a, b) =>
      b.places.length - a.places.length || (a.lowest ?? 2) - (b.lowest ?? 2) || a.first - b.first,
  );
  return series.map(({ first: _first, ...rest }) => rest);
}
