import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFindings } from '../../src/core/changes/apply';
import { normalizeText } from '../../src/core/document/document';
import type { Finding } from '../../src/core/finding';
import { acceptSpec, rejectSpec } from '../../src/renderer/src/screens/proofread/actions';
import {
  activeFinding,
  decisionsOf,
  findingsGeneration,
  openCount,
  openFindings,
  setFindings,
} from '../../src/renderer/src/screens/proofread/editor/findings-state';
import sample from '../../../shared/samples/hengyang-daily-2020-03-05.txt?raw';
import { Harness } from './editor-harness';

const SAMPLE = normalizeText(sample);

function finding(id: string, start: number, end: number, replacement: string): Finding {
  return {
    id,
    kind: 'punctuation-width',
    start,
    end,
    replacement,
    confidence: 'safe',
    message: { 'zh-CN': '测试', en: 'test' },
  };
}

describe('open findings in the editor state', () => {
  it('move with edits before them and disappear when their own text is edited', () => {
    const h = new Harness('甲,乙,丙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    expect(openFindings(h.state).map((f) => [f.id, f.start, f.end])).toEqual([
      ['a', 1, 2],
      ['b', 3, 4],
    ]);
    h.dispatch({ changes: { from: 0, insert: '〇〇' } });
    expect(openFindings(h.state).map((f) => [f.id, f.start])).toEqual([
      ['a', 3],
      ['b', 5],
    ]);
    h.dispatch({ changes: { from: 5, to: 6, insert: '；' } });
    expect(openFindings(h.state).map((f) => f.id)).toEqual(['a']);
    expect(openCount(h.state)).toBe(1);
  });

  it('keep a finding whose neighbour was typed next to it', () => {
    const h = new Harness('甲,乙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，')]) });
    h.dispatch({ changes: { from: 2, insert: '丁' } });
    h.dispatch({ changes: { from: 1, insert: '戊' } });
    expect(openFindings(h.state).map((f) => [f.id, f.start, f.end])).toEqual([['a', 2, 3]]);
  });

  it('are replaced by a fresh analysis, which changes the list only where it differs', () => {
    const h = new Harness('甲,乙,丙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    const before = findingsGeneration(h.state);
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    expect(findingsGeneration(h.state)).toBe(before);
    h.dispatch({ effects: setFindings.of([finding('b', 3, 4, '，'), finding('c', 0, 1, '丁')]) });
    expect(findingsGeneration(h.state)).toBeGreaterThan(before);
    expect(openFindings(h.state).map((f) => f.id)).toEqual(['c', 'b']);
    expect(openCount(h.state)).toBe(2);
  });

  it('never show a rejected finding again, even when a fresh analysis reports it', () => {
    const h = new Harness('甲,乙', { a: 'rejected' });
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，')]) });
    expect(openFindings(h.state)).toEqual([]);
  });
});

describe('accepting and rejecting', () => {
  it('accepting applies the fix, records it, and one undo takes both back', () => {
    const h = new Harness('甲,乙,丙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    h.dispatch(acceptSpec(h.state, [openFindings(h.state)[0]]));
    expect(h.text).toBe('甲，乙,丙');
    expect(decisionsOf(h.state).get('a')).toBe('accepted');
    expect(openFindings(h.state).map((f) => f.id)).toEqual(['b']);
    expect(activeFinding(h.state)?.id).toBe('b');
    expect(h.undo()).toBe(true);
    expect(h.text).toBe('甲,乙,丙');
    expect(decisionsOf(h.state).has('a')).toBe(false);
    expect(openFindings(h.state).map((f) => [f.id, f.start])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(h.redo()).toBe(true);
    expect(h.text).toBe('甲，乙,丙');
    expect(decisionsOf(h.state).get('a')).toBe('accepted');
  });

  it('rejecting is undoable too', () => {
    const h = new Harness('甲,乙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，')]) });
    h.dispatch(rejectSpec(h.state, openFindings(h.state)));
    expect(openFindings(h.state)).toEqual([]);
    expect(decisionsOf(h.state).get('a')).toBe('rejected');
    h.undo();
    expect(openFindings(h.state).map((f) => f.id)).toEqual(['a']);
    expect(decisionsOf(h.state).has('a')).toBe(false);
  });

  it('accepting one copy of a duplicated paragraph rejects the other, so one copy stays', () => {
    for (const confidence of ['safe', 'suggest'] as const) {
      const h = Harness.analysed(SAMPLE);
      const copy = '会议原则同意《中共衡阳市委常委会2020年工作要点》';
      const pair = openFindings(h.state).filter((f) => f.kind === 'duplicate-paragraph');
      expect(pair).toHaveLength(2);
      const chosen = pair.find((f) => f.confidence === confidence);
      h.dispatch(acceptSpec(h.state, [chosen as Finding]));
      expect(h.text.split(copy).length - 1).toBe(1);
      expect(openFindings(h.state).filter((f) => f.kind === 'duplicate-paragraph')).toEqual([]);
      const other = pair.find((f) => f !== chosen) as Finding;
      expect(decisionsOf(h.state).get(other.id)).toBe('rejected');
      expect(h.reanalyse().filter((f) => f.kind === 'duplicate-paragraph')).toEqual([]);
    }
  });

  it('accept-all of the duplicate kind keeps exactly one copy', () => {
    const h = Harness.analysed(SAMPLE);
    const dups = openFindings(h.state).filter((f) => f.kind === 'duplicate-paragraph');
    h.dispatch(acceptSpec(h.state, dups));
    expect(h.text.split('会议原则同意《中共衡阳市委常委会2020年工作要点》').length - 1).toBe(1);
  });

  it('accept-all of the six broken paragraphs joins them in one undo step', () => {
    const h = Harness.analysed(SAMPLE);
    const breaks = openFindings(h.state).filter((f) => f.kind === 'broken-paragraph');
    expect(breaks).toHaveLength(6);
    h.dispatch(acceptSpec(h.state, breaks));
    expect(h.text).toContain('教育资助政策全部落实到位');
    expect(openFindings(h.state).filter((f) => f.kind === 'broken-paragraph')).toEqual([]);
    h.undo();
    expect(h.text).toBe(SAMPLE);
    expect(openFindings(h.state).filter((f) => f.kind === 'broken-paragraph')).toHaveLength(6);
  });
});

describe('invariants (property tests)', () => {
  /** Non-overlapping single-character findings on a text of `length` characters. */
  const scenario = fc
    .integer({ min: 4, max: 40 })
    .chain((length) =>
      fc.tuple(
        fc.constant(length),
        fc.uniqueArray(fc.integer({ min: 0, max: length - 1 }), { maxLength: 12 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 10 }),
      ),
    );

  it('a fresh analysis leaves open exactly what it reports, whatever was open before', () => {
    // Findings that share starts, change span or fix, and come in any order (ties included).
    const reported = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        start: fc.integer({ min: 0, max: 7 }),
        width: fc.integer({ min: 0, max: 2 }),
        fix: fc.constantFrom('，', '。'),
      }),
      { maxLength: 8 },
    );
    const findings = (list: { id: string; start: number; width: number; fix: string }[]) => {
      const seen = new Set<string>();
      return list
        .filter(({ id }) => !seen.has(id) && seen.add(id))
        .map(({ id, start, width, fix }) => finding(id, start, start + width, fix));
    };
    fc.assert(
      fc.property(reported, reported, (first, second) => {
        const h = new Harness('甲,乙,丙,丁,戊');
        h.dispatch({ effects: setFindings.of(findings(first)) });
        const fresh = findings(second);
        h.dispatch({ effects: setFindings.of(fresh) });
        const key = (f: Finding) => `${f.id}@${f.start}-${f.end}${f.replacement}`;
        expect(openFindings(h.state).map(key).sort()).toEqual(fresh.map(key).sort());
      }),
    );
  });

  it('any sequence of accepts and rejects, undone, gives back the text and the findings', () => {
    fc.assert(
      fc.property(scenario, ([length, positions, steps]) => {
        const text = '甲'.repeat(length);
        const findings = positions
          .sort((a, b) => a - b)
          .map((p, i) => finding(`f${i}`, p, p + 1, '乙'));
        const h = new Harness(text);
        h.dispatch({ effects: setFindings.of(findings) });
        let decided = 0;
        for (const [accept, pick] of steps) {
          const open = openFindings(h.state);
          if (open.length === 0) break;
          const f = open[pick % open.length];
          h.dispatch(accept ? acceptSpec(h.state, [f]) : rejectSpec(h.state, [f]));
          decided++;
        }
        for (let i = 0; i < decided; i++) h.undo();
        expect(h.text).toBe(text);
        expect(openFindings(h.state).map((f) => [f.id, f.start, f.end])).toEqual(
          findings.map((f) => [f.id, f.start, f.end]),
        );
        expect(decisionsOf(h.state).size).toBe(0);
      }),
    );
  });

  it('accepting all findings gives the text core would give', () => {
    fc.assert(
      fc.property(scenario, ([length, positions]) => {
        const text = '甲'.repeat(length);
        const findings = positions.map((p, i) => finding(`f${i}`, p, p + 1, '乙'));
        const h = new Harness(text);
        h.dispatch({ effects: setFindings.of(findings) });
        h.dispatch(acceptSpec(h.state, openFindings(h.state)));
        expect(h.text).toBe(applyFindings(text, findings).text);
        expect(openCount(h.state)).toBe(0);
      }),
    );
  });
});

describe('the active finding', () => {
  it('stays on the same defect when a re-analysis gives it a new id', () => {
    const h = new Harness('甲,乙,丙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    h.dispatch(acceptSpec(h.state, [openFindings(h.state)[0]]));
    expect(activeFinding(h.state)?.id).toBe('b');
    h.dispatch({ effects: setFindings.of([finding('b2', 3, 4, '，')]) });
    expect(activeFinding(h.state)).toMatchObject({ id: 'b2', from: 3, to: 4 });
  });

  it('follows the cursor into a finding, and leaves it when the cursor leaves', () => {
    const h = new Harness('甲,乙,丙');
    h.dispatch({ effects: setFindings.of([finding('a', 1, 2, '，'), finding('b', 3, 4, '，')]) });
    h.dispatch({ selection: { anchor: 3 } });
    expect(activeFinding(h.state)?.id).toBe('b');
    h.dispatch({ selection: { anchor: 0 } });
    expect(activeFinding(h.state)).toBeNull();
  });
});
