import { Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { compatibleFindings } from '../../src/renderer/src/screens/proofread/actions';
import { planBatch } from '../../src/renderer/src/screens/proofread/batch';

const message = { 'zh-CN': '', en: '' };

/** The quadratic rule compatibleFindings replaced: compare with every span taken so far. */
function reference(candidates: readonly Finding[]): string[] {
  const order = [...candidates].sort((a, b) =>
    a.confidence === b.confidence ? 0 : a.confidence === 'safe' ? -1 : 1,
  );
  const taken: Finding[] = [];
  for (const f of order) {
    const clash = taken.some(
      (t) =>
        (f.start < t.end && t.start < f.end) ||
        (f.start === f.end && t.start <= f.start && f.start <= t.end) ||
        (t.start === t.end && f.start <= t.start && t.start <= f.end),
    );
    if (!clash) taken.push(f);
  }
  return taken.map((f) => f.id).sort();
}

const finding = fc
  .record({
    start: fc.nat(60),
    length: fc.nat(6),
    safe: fc.boolean(),
  })
  .map(({ start, length, safe }, i = 0): Finding => ({
    id: `f${start}-${length}-${safe}-${i}`,
    kind: 'punctuation-width',
    start,
    end: start + length,
    replacement: 'x',
    confidence: safe ? 'safe' : 'suggest',
    message,
  }));

describe('findings accepted together', () => {
  it('are those the one-by-one comparison takes, for any spans', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (list) => {
        const unique = [
          ...new Map(list.map((f, i) => [`${f.id}:${i}`, { ...f, id: `${f.id}:${i}` }])).values(),
        ];
        const { taken } = compatibleFindings(unique, unique);
        expect(taken.map((f) => f.id).sort()).toEqual(reference(unique));
        for (let i = 1; i < taken.length; i++) {
          expect(taken[i - 1].start).toBeLessThanOrEqual(taken[i].start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a batch plan', () => {
  const doc = Text.of(['第一段，有个逗号,这里。', '', '第二段很长很长的一段话。']);
  const at = (text: string, from: number, to: number, insert: string): Finding => ({
    id: `${from}`,
    kind: 'archive-repeat',
    start: from,
    end: to,
    replacement: insert,
    confidence: 'suggest',
    message,
  });

  it('counts what goes and comes and the paragraphs touched, and asks when it deletes', () => {
    const whole = doc.toString();
    const second = whole.indexOf('第二段');
    const plan = planBatch(
      { action: 'accept', scope: { kind: 'archive-repeat' } },
      [at(whole, second, doc.length, '')],
      doc,
    );
    expect(plan.removed).toBe(doc.length - second);
    expect(plan.paragraphs).toBe(1);
    expect(plan.needsConfirm).toBe(true);
    expect(plan.places[0].removed).toContain('第二段');
  });

  it('runs a one-character fix in one paragraph without asking', () => {
    const comma = doc.toString().indexOf(',');
    const plan = planBatch(
      { action: 'accept', scope: 'safe' },
      [{ ...at('', comma, comma + 1, '，'), kind: 'punctuation-width', confidence: 'safe' }],
      doc,
    );
    expect(plan).toMatchObject({ removed: 1, inserted: 1, paragraphs: 1, needsConfirm: false });
  });

  it('asks when fixes touch more than one paragraph, never for rejections', () => {
    const fixes = [0, doc.line(3).from].map((p) => ({
      ...at('', p, p + 1, 'X'),
      id: String(p),
    }));
    expect(planBatch({ action: 'accept', scope: 'safe' }, fixes, doc).needsConfirm).toBe(true);
    expect(planBatch({ action: 'reject', scope: 'safe' }, fixes, doc).needsConfirm).toBe(false);
  });
});
