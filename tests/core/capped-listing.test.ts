/**
 * A capped listing (`check` lists at most N findings of a kind): the findings listed are N of
 * each kind that the full analysis gives (the first N for the dense kinds, which stop building
 * drafts at the cap), and the counts of those left out add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument, analyseDocumentCapped } from '../../src/core/analyse';
import { createDocument } from '../../src/core/document/document';
import type { Finding, FindingKind } from '../../src/core/finding';

const ATOMS = [
  '好,',
  '记者 从市里获悉,',
  '今年粮食丰收',
  '国务院 总理说:',
  'The commit-\ntee met.',
];

function byKind(findings: readonly Finding[]): Map<FindingKind, Finding[]> {
  const out = new Map<FindingKind, Finding[]>();
  for (const f of findings) out.set(f.kind, [...(out.get(f.kind) ?? []), f]);
  return out;
}

describe('a capped listing', () => {
  it('lists the first findings of each kind and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('\n\n', '', '\n'),
        fc.integer({ min: 1, max: 8 }),
        (atoms, joint, max) => {
          const doc = createDocument(atoms.join(joint));
          const all = byKind(analyseDocument(doc));
          const capped = analyseDocumentCapped(doc, {}, max);
          const listed = byKind(capped.findings);
          for (const [kind, findings] of all) {
            const span = (f: Finding) => `${f.start}-${f.end}:${f.replacement}`;
            const shown = (listed.get(kind) ?? []).map(span);
            expect(shown.length).toBe(Math.min(findings.length, max));
            // Every listed finding is one the full analysis gives…
            const every = new Set(findings.map(span));
            for (const s of shown) expect(every.has(s)).toBe(true);
            // …the dense kinds, which stop building drafts at the cap, list the first ones…
            if (kind === 'punctuation-width' || kind === 'broken-paragraph') {
              expect(shown).toEqual(findings.slice(0, max).map(span));
            }
            // …and the rest are counted.
            expect(capped.unlisted[kind] ?? 0).toBe(findings.length - shown.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says how many of 40,000 dense findings it left out, building only the listed ones', () => {
    const doc = createDocument('好,\n\n'.repeat(20_000));
    const { findings, unlisted } = analyseDocumentCapped(doc, {}, 100);
    expect(findings.filter((f) => f.kind === 'punctuation-width')).toHaveLength(100);
    expect(findings.filter((f) => f.kind === 'broken-paragraph')).toHaveLength(100);
    expect(unlisted).toEqual({ 'punctuation-width': 19_900, 'broken-paragraph': 19_899 });
  });
});
