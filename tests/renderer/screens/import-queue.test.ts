import { describe, expect, it } from 'vitest';
import {
  MAX_DRAFT_BYTES,
  refuseDrop,
  runImports,
  type ImportProgress,
} from '../../../src/renderer/src/screens/library/import-queue';
import type { IssueSummary } from '../../../src/shared/contract';
import { toggleFormat } from '../../../src/renderer/src/screens/export/formats';
import { switchKind } from '../../../src/renderer/src/screens/settings/kinds';

describe('import queue', () => {
  it('imports one file after another, reports "n / total", and keeps going after a failure', async () => {
    const seen: ImportProgress[] = [];
    const order: string[] = [];
    const outcome = await runImports(
      ['a.txt', 'bad.bin', 'c.txt'],
      (name) => name,
      async (name) => {
        order.push(name);
        if (name === 'bad.bin') throw new Error('unknown type');
        return { id: name } as IssueSummary;
      },
      (p) => seen.push(p),
    );
    expect(order).toEqual(['a.txt', 'bad.bin', 'c.txt']);
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(outcome.imported.map((i) => i.id)).toEqual(['a.txt', 'c.txt']);
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0].name).toBe('bad.bin');
  });

  it('refuses empty files and files over the limit before reading them', () => {
    expect(refuseDrop(0)).toBe('empty');
    expect(refuseDrop(1)).toBeNull();
    expect(refuseDrop(MAX_DRAFT_BYTES)).toBeNull();
    expect(refuseDrop(MAX_DRAFT_BYTES + 1)).toBe('tooLarge');
  });
});

describe('export formats and detector switches', () => {
  it('toggles a format and keeps the contract order', () => {
    expect(toggleFormat(['docx'], 'txt')).toEqual(['txt', 'docx']);
    expect(toggleFormat(['txt', 'docx'], 'txt')).toEqual(['docx']);
  });

  it('switches a kind off and on, in FINDING_KINDS order', () => {
    const off = switchKind(['stray-space'], 'duplicate-paragraph', false);
    expect(off).toEqual(['duplicate-paragraph', 'stray-space']);
    expect(switchKind(off, 'stray-space', true)).toEqual(['duplicate-paragraph']);
  });
});
