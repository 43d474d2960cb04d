/**
 * A capped listing (`check` lists at most N findings of a kind): the findings listed are the
 * first N of each kind that the full analysis gives, and the counts of those left out add up,
 * whether a detector returned everything or stopped building drafts at the cap.
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
            // Ids depend on the kind and context only, so the first N are the same findings.
            const firstIds = findings
              .slice()
              .sort((a, b) => a.start - b.start)
              .slice(0, max)
              .map((f) => f.id);
            expect((listed.get(kind) ?? []).map((f) => f.id)).toEqual(firstIds);
            const left = findings.length - Math.min(findings.length, max);
            expect(capped.unlisted[kind] ?? 0).toBe(left);
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
