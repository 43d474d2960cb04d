import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFindings, createDocument, DETECTORS, withIds, type Finding } from '../../src/core';
import {
  conflictingDuplicates,
  createDuplicateParagraphStats,
  findDuplicateParagraphs,
  type DuplicateParagraphOptions,
} from '../../src/core/detectors/duplicate-paragraph';
import { normalizeForMatch } from '../../src/core/similarity';
import { SAMPLE, loadArticles, type Article } from '../fixtures/shared-corpus';

const sample = SAMPLE;

const articles = loadArticles();
const allParagraphs = articles.flatMap((a) => a.paragraphs);

/** An issue draft as the corpus README describes: headline, blank line, paragraphs. */
function issueOf(parts: readonly Article[]): string {
  return parts.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n');
}

function detect(text: string, options: DuplicateParagraphOptions = {}): Finding[] {
  const doc = createDocument(text);
  return withIds(doc.text, findDuplicateParagraphs(doc, options));
}

function safeOnly(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.confidence === 'safe');
}

/** Text of every block, normalized for matching. */
function blockKeys(text: string): string[] {
  return createDocument(text).blocks.map((b) => normalizeForMatch(b.text));
}

const DUPLICATE = '会议原则同意《中共衡阳市委常委会2020年工作要点》';

describe('duplicate-paragraph on the sample issue', () => {
  const doc = createDocument(sample);
  const findings = withIds(doc.text, findDuplicateParagraphs(doc));
  const copies = doc.blocks.filter((b) => b.text.startsWith(DUPLICATE));
  const lineOf = (offset: number) => doc.text.slice(0, offset).split('\n').length;

  it('finds lines 62 and 68 as one repeat, drops line 68 safely and keeps line 62', () => {
    expect(copies.map((b) => lineOf(b.start))).toEqual([62, 68]);
    const safe = safeOnly(findings);
    expect(safe).toHaveLength(1);
    const [drop] = safe;
    expect(doc.text.slice(drop.start, drop.end)).toBe(`\n\n${copies[1].text}`);
    expect(drop.replacement).toBe('');
    expect(drop.related).toEqual({ start: copies[0].start, end: copies[0].end });
    expect(drop.message['zh-CN']).toMatch(/重复段落/);
    expect(drop.message.en).toMatch(/Duplicate paragraph/);
  });

  it('offers the editor the other choice: drop line 62 and keep line 68', () => {
    const suggestions = findings.filter((f) => f.confidence === 'suggest');
    expect(suggestions).toHaveLength(1);
    const [alternative] = suggestions;
    expect(doc.text.slice(alternative.start, alternative.end)).toBe(`\n\n${copies[0].text}`);
    expect(alternative.related).toEqual({ start: copies[1].start, end: copies[1].end });
    expect(conflictingDuplicates(alternative, findings)).toEqual(safeOnly(findings));
    expect(conflictingDuplicates(safeOnly(findings)[0], findings)).toEqual([alternative]);
  });

  it('keeps exactly one copy after a clean, and the clean text has no safe repeat left', () => {
    const cleaned = applyFindings(doc.text, safeOnly(findings)).text;
    expect(cleaned.split(DUPLICATE)).toHaveLength(2);
    const wideGaps = (t: string) => t.match(/\n\s*\n\s*\n/g)?.length ?? 0;
    expect(wideGaps(cleaned)).toBe(wideGaps(doc.text)); // no double blank line left behind
    expect(cleaned.length).toBe(doc.text.length - copies[1].text.length - 2);
    expect(safeOnly(detect(cleaned))).toEqual([]);
    // Either copy may be the one kept: dropping the earlier one instead also leaves one copy.
    const alternative = findings.find((f) => f.confidence === 'suggest') as Finding;
    expect(applyFindings(doc.text, [alternative]).text.split(DUPLICATE)).toHaveLength(2);
  });

  it('is registered', () => {
    const detector = DETECTORS.find((d) => d.kind === 'duplicate-paragraph');
    expect(detector?.detect(doc, {})).toEqual(findDuplicateParagraphs(doc));
  });
});

describe('exact repeats', () => {
  const body = allParagraphs.filter((p) => p.length >= 40 && p.length <= 120);

  it('treats copies that differ only in spaces, line breaks and punctuation width as exact', () => {
    const [a, b] = body;
    const variant = a.replace(/，/g, ', ').replace(/。/g, '。 ').trimEnd();
    const text = [a, b, variant.slice(0, 10) + '\n' + variant.slice(10)].join('\n\n');
    const safe = safeOnly(detect(text));
    expect(safe).toHaveLength(1);
    expect(createDocument(text).text.slice(safe[0].start)).toMatch(/^\n\n/);
    expect(blockKeys(applyFindings(text, safe).text)).toEqual([a, b].map(normalizeForMatch));
  });

  it('drops the second and third of three copies, keeping the first', () => {
    const [a, b, c] = body;
    const text = [a, b, a, c, a].join('\n\n');
    const findings = detect(text);
    const safe = safeOnly(findings);
    expect(safe).toHaveLength(2);
    expect(safe.every((f) => f.related?.start === 0)).toBe(true);
    expect(applyFindings(text, safe).text).toBe([a, b, c].join('\n\n'));
    // The one alternative drops the first copy and keeps the second.
    const alternative = findings.filter((f) => f.confidence === 'suggest');
    expect(alternative).toHaveLength(1);
    expect(alternative[0].start).toBe(0);
    expect(text.slice(alternative[0].related?.start, alternative[0].related?.end)).toBe(a);
    expect(conflictingDuplicates(alternative[0], findings)).toEqual([safe[0]]);
  });

  it('drops the first block with the separator after it, adjacent copies without overlap', () => {
    const [a, b] = body;
    const text = [a, a, a, b].join('\n\n\n');
    const findings = detect(text);
    const alternative = findings.find((f) => f.confidence === 'suggest') as Finding;
    expect(text.slice(alternative.start, alternative.end)).toBe(`${a}\n\n\n`);
    const applied = applyFindings(text, safeOnly(findings));
    expect(applied.skipped).toEqual([]);
    expect(applied.text).toBe([a, b].join('\n\n\n'));
  });

  it('never makes headlines, jump lines or short closing lines safe', () => {
    const text = [
      '朱健主持召开全市口罩生产企业座谈会时强调',
      body[0],
      '王毅参加会见。',
      '（下转第三版）',
      '蔡奇、王毅等参加会见。',
      '朱健主持召开全市口罩生产企业座谈会时强调',
      body[1],
      '王毅参加会见。',
      '（下转第三版）',
      '蔡奇、王毅等参加会见。',
    ].join('\n\n');
    const findings = detect(text);
    expect(safeOnly(findings)).toEqual([]);
    // Only the 11-character closing line is worth a look, and without an alternative.
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe('\n\n蔡奇、王毅等参加会见。');
  });

  it('asks for longer Latin paragraphs before calling a repeat safe', () => {
    const short = 'The council met on Tuesday.';
    const long = 'The council agreed in principle to the work plan for 2020, the mayor said.';
    const text = [short, long, short, long].join('\n\n');
    const findings = detect(text);
    expect(safeOnly(findings).map((f) => text.slice(f.start, f.end))).toEqual([`\n\n${long}`]);
    expect(findings.filter((f) => f.message.en.includes('same as an earlier'))).toHaveLength(2);
  });

  it('keeps exactly one copy of every repeated paragraph after applying the safe findings', () => {
    const pool = [...new Set(allParagraphs.map((p) => p.trim()))];
    const variant = fc.constantFrom<(p: string) => string>(
      (p) => p,
      (p) => p.replace(/，/g, ','),
      (p) => p.replace(/：/g, ': ').replace(/（/g, '(').replace(/）/g, ')'),
      (p) => `${p.slice(0, 7)} ${p.slice(7)}`,
      (p) => `${p.slice(0, 5)}\n${p.slice(5)}`,
    );
    const issue = fc.array(
      fc.record({
        paragraph: fc.nat(pool.length - 1),
        variant,
        separator: fc.constantFrom('\n\n', '\n\n\n', '\n \n'),
      }),
      { minLength: 2, maxLength: 24 },
    );
    fc.assert(
      fc.property(issue, fc.nat(5), (parts, repeatFrom) => {
        // Repeat some of the first paragraphs so that every run has duplicates.
        const picks = parts.map((p, i) => (i > repeatFrom && i % 3 === 0 ? parts[i % 2] : p));
        let text = '';
        picks.forEach((p, i) => {
          text += (i > 0 ? p.separator : '') + p.variant(pool[p.paragraph]);
        });
        const doc = createDocument(text);
        const findings = withIds(doc.text, findDuplicateParagraphs(doc));
        const cleaned = applyFindings(doc.text, safeOnly(findings)).text;
        const before = blockKeys(doc.text);
        const after = blockKeys(cleaned);
        const count = (keys: string[], key: string) => keys.filter((k) => k === key).length;
        for (const key of new Set(before)) {
          const expected = key.length >= 20 ? 1 : count(before, key);
          expect(count(after, key)).toBe(expected);
        }
        // The first copy is the one kept, so the order of first occurrences is unchanged.
        expect([...new Set(after)]).toEqual([...new Set(before)]);
        expect(safeOnly(detect(cleaned))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** OCR confusions of the issue: each pair both ways. */
const CONFUSIONS: Record<string, string> = {
  己: '已',
  已: '己',
  末: '未',
  未: '末',
  人: '入',
  入: '人',
  '0': 'O',
  O: '0',
};

/** Positions of characters OCR is known to confuse. */
function confusable(text: string): number[] {
  return [...text].flatMap((ch, i) => (CONFUSIONS[ch] ? [i] : []));
}

function substitute(text: string, positions: readonly number[]): string {
  const chars = [...text];
  for (const i of positions) chars[i] = CONFUSIONS[chars[i]];
  return chars.join('');
}

describe('near repeats', () => {
  const candidates = allParagraphs.filter((p) => p.length >= 60 && confusable(p).length >= 3);

  it('suggests dropping a later copy with 1–3 OCR substitutions, either way round', () => {
    const scenario = fc.record({
      paragraph: fc.nat(candidates.length - 1),
      picks: fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 3 }),
      start: fc.nat(articles.length - 10),
      insertAt: fc.nat(6),
    });
    fc.assert(
      fc.property(scenario, ({ paragraph, picks, start, insertAt }) => {
        const original = candidates[paragraph];
        const spots = confusable(original);
        const positions = [...new Set(picks.map((k) => spots[k % spots.length]))];
        const damaged = substitute(original, positions);
        const others = articles.filter((a) => !a.paragraphs.includes(original));
        const head = others.slice(start, start + 3);
        const tail = others.slice(start + 3, start + 3 + insertAt);
        const text = [issueOf(head), original, issueOf(tail), damaged].filter(Boolean).join('\n\n');
        const doc = createDocument(text);
        const findings = withIds(doc.text, findDuplicateParagraphs(doc));
        const damagedStart = text.lastIndexOf(damaged);
        const originalStart = text.indexOf(original);
        const drop = findings.find((f) => f.end === damagedStart + damaged.length);
        expect(drop).toBeDefined();
        expect(drop?.confidence).toBe('suggest');
        expect(text.slice(drop?.start, drop?.end)).toBe(`\n\n${damaged}`);
        expect(drop?.related).toEqual({
          start: originalStart,
          end: originalStart + original.length,
        });
        expect(drop?.message.en).toContain(`${positions.length} characters`);
        const keepLater = findings.find((f) => f.end === originalStart + original.length);
        expect(keepLater?.confidence).toBe('suggest');
        expect(keepLater?.related?.start).toBe(damagedStart);
        expect(findings.filter((f) => f.related?.start === damagedStart)).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });

  it('finds nearly every damaged copy in the corpus (recall over all long paragraphs)', () => {
    let found = 0;
    let total = 0;
    for (let i = 0; i + 1 < candidates.length; i += 2) {
      const subs = 1 + (i % 3);
      const spots = confusable(candidates[i]);
      const positions = spots.filter((_, k) => k % Math.ceil(spots.length / subs) === 0);
      const damaged = substitute(candidates[i], positions.slice(0, subs));
      const text = [candidates[i], candidates[i + 1], damaged].join('\n\n');
      const drops = detect(text).filter((f) => f.related?.start === 0);
      total++;
      if (drops.length === 1 && drops[0].confidence === 'suggest') found++;
    }
    expect(total).toBeGreaterThan(150);
    expect(found / total).toBeGreaterThanOrEqual(0.98);
  });

  it('ignores a near copy that differs in more than a tenth of its characters', () => {
    const original = candidates[0];
    const spots = confusable(original);
    const many = Math.ceil(original.length / 10) + 1;
    const damaged = substitute(original, spots.slice(0, many)).slice(0, original.length - many);
    expect(detect([original, damaged].join('\n\n'))).toEqual([]);
  });
});

describe('on clean news', () => {
  it('proposes no safe finding in issues built of the 500 clean articles', () => {
    let near = 0;
    for (let i = 0; i < articles.length; i += 8) {
      const findings = detect(issueOf(articles.slice(i, i + 8)));
      expect(safeOnly(findings)).toEqual([]);
      near += findings.filter((f) => f.message.en.startsWith('Possible')).length;
    }
    // Whole corpus as one issue: one formulaic pair (same press-conference sentence with a
    // different date and province) is the only near suggestion.
    const stats = createDuplicateParagraphStats();
    const all = detect(issueOf(articles), { stats });
    expect(safeOnly(all)).toEqual([]);
    expect(stats.nearPairs).toBeLessThanOrEqual(1);
    expect(near).toBeLessThanOrEqual(2);
  });
});

describe('scaling', () => {
  /** Seeded pseudo-random paragraphs of distinct Chinese text. */
  function distinctParagraphs(count: number, seed: number): string[] {
    const alphabet = [...new Set(allParagraphs.join('').replace(/[^\u4e00-\u9fff]/gu, ''))];
    let state = seed;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) | 0;
      return (state >>> 8) / 16777216;
    };
    return Array.from({ length: count }, () => {
      const length = 40 + Math.floor(next() * 160);
      let p = '';
      for (let i = 0; i < length; i++) p += alphabet[Math.floor(next() * alphabet.length)];
      return `${p}。`;
    });
  }

  /** Paragraphs that are all near copies of one template (the worst case for LSH buckets). */
  function nearFamily(count: number): string[] {
    const template = candidates()[0];
    const spots = confusable(template);
    return Array.from(
      { length: count },
      (_, i) =>
        substitute(template, [spots[i % spots.length], spots[(7 * i + 3) % spots.length]]) +
        `${i}。`,
    );
  }
  function candidates(): string[] {
    return allParagraphs.filter((p) => p.length >= 120 && confusable(p).length >= 20);
  }

  function work(paragraphs: readonly string[]) {
    const stats = createDuplicateParagraphStats();
    findDuplicateParagraphs(createDocument(paragraphs.join('\n\n')), { stats });
    return stats;
  }

  it('compares distinct paragraphs against almost nothing, at any size', () => {
    const small = work(distinctParagraphs(300, 1));
    const large = work(distinctParagraphs(3000, 2));
    expect(large.signatures).toBe(3000);
    expect(small.candidatePairs).toBeLessThanOrEqual(3);
    expect(large.candidatePairs).toBeLessThanOrEqual(30);
    expect(large.editDistanceCalls).toBeLessThanOrEqual(30);
  });

  it('grows about tenfold, not a hundredfold, when a family of near copies grows tenfold', () => {
    const small = work(nearFamily(200));
    const large = work(nearFamily(2000));
    expect(small.nearPairs).toBeGreaterThan(150);
    expect(large.candidatePairs / small.candidatePairs).toBeLessThan(12);
    expect(large.editDistanceCalls / small.editDistanceCalls).toBeLessThan(12);
    expect(large.candidatePairs).toBeLessThan(8 * 2000);
  });

  it('counts real news linearly too', () => {
    const unique = [...new Set(allParagraphs)];
    const small = work(unique.slice(0, 200));
    const large = work(unique.slice(0, 2000));
    expect(large.candidatePairs).toBeLessThanOrEqual(10 * Math.max(small.candidatePairs, 20));
    expect(large.editDistanceCalls).toBeLessThanOrEqual(large.paragraphs * 3);
  });
});
