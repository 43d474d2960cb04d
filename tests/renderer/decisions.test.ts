import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import type { Finding } from '../../src/core/finding';
import { rejectSpec } from '../../src/renderer/src/screens/proofread/actions';
import {
  decisionsOf,
  openFindings,
} from '../../src/renderer/src/screens/proofread/editor/findings-state';
import { Harness } from './editor-harness';

/** The same defect: kind, fix, span and the text it covers. */
const sameDefect = (text: string, a: Finding, b: Finding) =>
  a.kind === b.kind &&
  a.replacement === b.replacement &&
  a.start === b.start &&
  a.end === b.end &&
  text.slice(a.start, a.end) === text.slice(b.start, b.end);

describe('a decision made between an edit and the analysis after it', () => {
  const TEXT = '本报讯,市委常委会召开会议。\n\n会议指出,要坚决打赢疫情防控阻击战。';

  it('sticks when the fresh analysis gives the rejected defect a new id', () => {
    const h = Harness.analysed(TEXT);
    const comma = openFindings(h.state).find(
      (f) => f.kind === 'punctuation-width' && TEXT.slice(f.start - 2, f.start) === '指出',
    ) as Finding;
    expect(comma).toBeDefined();
    // An edit just before the comma (outside its span): its context, so its id, changes.
    h.dispatch({ changes: { from: comma.start - 2, insert: '再次' } });
    const stale = openFindings(h.state).find((f) => f.id === comma.id) as Finding;
    expect(stale.start).toBe(comma.start + 2);
    h.dispatch(rejectSpec(h.state, [stale]));
    const fresh = analyseText(h.text).findings.find((f) => sameDefect(h.text, f, stale));
    expect(fresh?.id).not.toBe(comma.id);
    h.reanalyse();
    expect(openFindings(h.state).some((f) => sameDefect(h.text, f, stale))).toBe(false);
    const decisions = decisionsOf(h.state);
    expect(decisions.get(comma.id)).toBe('rejected');
    expect(decisions.get(fresh?.id ?? '')).toBe('rejected');
  });

  it('is undone with the id it spread to', () => {
    const h = Harness.analysed(TEXT);
    const comma = openFindings(h.state).find(
      (f) => f.kind === 'punctuation-width' && TEXT.slice(f.start - 2, f.start) === '指出',
    ) as Finding;
    h.dispatch({ changes: { from: comma.start - 2, insert: '再次' } });
    h.dispatch(rejectSpec(h.state, [openFindings(h.state).find((f) => f.id === comma.id)!]));
    h.reanalyse();
    expect(h.undo()).toBe(true);
    h.reanalyse();
    const back = openFindings(h.state).filter(
      (f) => f.kind === 'punctuation-width' && h.text.slice(f.start - 4, f.start) === '再次指出',
    );
    expect(back).toHaveLength(1);
    expect([...decisionsOf(h.state).values()]).not.toContain('rejected');
  });

  it('forgets a rejected span once its text is edited', () => {
    const h = Harness.analysed('甲,乙');
    const [comma] = openFindings(h.state);
    h.dispatch(rejectSpec(h.state, [comma]));
    // The rejected comma is typed over: what comes back is a new defect, shown again.
    h.dispatch({ changes: { from: comma.start, to: comma.end, insert: ';' } });
    h.dispatch({ changes: { from: comma.start, to: comma.end, insert: ',' } });
    h.dispatch({ changes: { from: 0, insert: '丙' } });
    h.reanalyse();
    expect(openFindings(h.state).filter((f) => f.kind === 'punctuation-width')).toHaveLength(1);
  });
});

describe('rejections after edits (property)', () => {
  /** A short CJK text with half-width commas (punctuation-width findings) between characters. */
  const text = fc
    .array(fc.constantFrom('甲', '乙', '丙', '丁', '甲,', '乙,'), { minLength: 4, maxLength: 40 })
    .map((parts) => `${parts.join('')}。`);

  it('a rejected defect stays rejected through the analysis that follows, and only it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (raw, where, pick) => {
        const h = Harness.analysed(raw);
        if (openFindings(h.state).length === 0) return;
        // An edit outside every finding (typed at a finding's edge or between them).
        const at = where % (h.text.length + 1);
        const inside = openFindings(h.state).some((f) => f.start < at && at < f.end);
        if (!inside) h.dispatch({ changes: { from: at, insert: '戊' } });
        const open = openFindings(h.state);
        if (open.length === 0) return;
        const rejected = open[pick % open.length];
        h.dispatch(rejectSpec(h.state, [rejected]));
        const fresh = analyseText(h.text).findings;
        h.reanalyse();
        const shown = openFindings(h.state);
        expect(shown.some((f) => sameDefect(h.text, f, rejected))).toBe(false);
        const hidden = fresh.filter((f) => sameDefect(h.text, f, rejected) || f.id === rejected.id);
        expect(shown).toHaveLength(fresh.length - hidden.length);
        expect(h.undo()).toBe(true);
        h.reanalyse();
        expect(openFindings(h.state)).toHaveLength(fresh.length);
      }),
    );
  });
});
