import { ChangeSet, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/document/document';
import type { Finding } from '../../src/core/finding';
import { mapStaleFindings } from '../../src/renderer/src/screens/proofread/analysis/scheduler';
import { findingContext } from '../../src/renderer/src/screens/proofread/context';
import { adjacentFinding } from '../../src/renderer/src/screens/proofread/navigation';
import { countCharacters, countParagraphs } from '../../src/renderer/src/screens/proofread/status';

const f = (id: string, start: number, end = start + 1): Finding => ({
  id,
  kind: 'stray-space',
  start,
  end,
  replacement: '',
  confidence: 'safe',
  message: { 'zh-CN': '', en: '' },
});

describe('status counts', () => {
  it('count paragraphs exactly as the engine counts blocks', () => {
    const line = fc.constantFrom('', ' ', '\u3000', '甲乙', 'abc', '\t');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        expect(countParagraphs(Text.of(text.split('\n')))).toBe(createDocument(text).blocks.length);
      }),
    );
  });

  it('count characters without line breaks', () => {
    expect(countCharacters(Text.of(['甲乙', '', 'c']))).toBe(3);
  });
});

describe('moving between findings', () => {
  const list = [f('a', 2), f('b', 5), f('c', 9)];
  it('goes from the active finding, wrapping at the ends', () => {
    expect(adjacentFinding(list, 'b', 0, 1)?.id).toBe('c');
    expect(adjacentFinding(list, 'c', 0, 1)?.id).toBe('a');
    expect(adjacentFinding(list, 'a', 0, -1)?.id).toBe('c');
  });
  it('goes from the cursor when no finding is active', () => {
    expect(adjacentFinding(list, null, 3, 1)?.id).toBe('b');
    expect(adjacentFinding(list, null, 3, -1)?.id).toBe('a');
    expect(adjacentFinding(list, null, 10, 1)?.id).toBe('a');
    expect(adjacentFinding([], null, 0, 1)).toBeUndefined();
  });
});

describe('stale analysis results', () => {
  it('are mapped through the edits made meanwhile, and edited findings dropped', () => {
    const changes = ChangeSet.of(
      [
        { from: 0, insert: 'xx' },
        { from: 5, to: 6 },
      ],
      10,
    );
    expect(mapStaleFindings([f('a', 2), f('b', 5), f('c', 8)], changes)).toEqual([
      f('a', 4),
      f('c', 9),
    ]);
  });
});

describe('finding context', () => {
  it('shows line breaks and removed spaces visibly', () => {
    const doc = Text.of(['本报讯 (记者', '', '许珂)']);
    const ctx = findingContext(doc, f('s', 3, 4), 3);
    expect([ctx.before, ctx.removed, ctx.inserted, ctx.after]).toEqual([
      '本报讯',
      '␣',
      '',
      '(记者',
    ]);
    const join = findingContext(doc, f('j', 7, 9), 2);
    expect(join.removed).toBe('⏎⏎');
  });

  it('shows a confirmation (the replacement is the text: a word to check) as the word itself', () => {
    const doc = Text.of(['the wrod here']);
    const ctx = findingContext(doc, { ...f('c', 4, 8), replacement: 'wrod' }, 4);
    expect([ctx.before, ctx.removed, ctx.inserted, ctx.checked, ctx.after]).toEqual([
      'the ',
      '',
      '',
      'wrod',
      ' her',
    ]);
  });
});
