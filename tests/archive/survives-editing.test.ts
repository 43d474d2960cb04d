import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { ArchiveIndex } from '../../src/core/archive/archive-index';
import { archiveMatchKey, fingerprintDocument } from '../../src/core/archive/prints';
import { applyFindings } from '../../src/core/changes/apply';
import { createDocument } from '../../src/core/document/document';
import { FINDING_KINDS, type Finding, type FindingKind } from '../../src/core/finding';

/** The sample draft, as it ran on 2020-03-05. */
const SAMPLE = readFileSync(
  new URL('../../../shared/samples/hengyang-daily-2020-03-05.txt', import.meta.url),
  'utf8',
);

const archive = new ArchiveIndex([
  {
    issueId: 'earlier',
    versionId: 'earlier-v1',
    date: '2020-03-05',
    prints: fingerprintDocument(createDocument(SAMPLE)),
  },
]).lookup();

const repeats = (text: string): Finding[] =>
  analyseText(text, { archive }).findings.filter((f) => f.kind === 'archive-repeat');

/** Characters of `text` inside archive-repeat findings. */
const covered = (text: string) => repeats(text).reduce((sum, f) => sum + f.end - f.start, 0);

describe('archive repeats after the editor accepts other findings', () => {
  const before = repeats(SAMPLE);
  const share = covered(SAMPLE) / SAMPLE.length;
  const kinds = FINDING_KINDS.filter(
    (k) => k !== 'archive-repeat' && analyseText(SAMPLE).findings.some((f) => f.kind === k),
  );

  it('are found in the same draft imported again', () => {
    expect(before.length).toBeGreaterThan(0);
    expect(share).toBeGreaterThan(0.9);
    expect(kinds).toEqual(expect.arrayContaining(['punctuation-width', 'broken-paragraph']));
  });

  it.each(kinds)('stay found once every %s finding is accepted first', (kind: FindingKind) => {
    const fixes = analyseText(SAMPLE).findings.filter((f) => f.kind === kind);
    const { text } = applyFindings(SAMPLE, fixes);
    expect(text).not.toBe(SAMPLE);
    // The repeat covers the edited text as it covered the draft (what the fixes deleted aside).
    expect(covered(text) / text.length).toBeGreaterThan(0.9);
  });

  it('stay found with every kind accepted, one after the other', () => {
    let text = SAMPLE;
    for (const kind of kinds) {
      text = applyFindings(
        text,
        analyseText(text).findings.filter((f) => f.kind === kind),
      ).text;
    }
    expect(covered(text) / text.length).toBeGreaterThan(0.9);
  });

  it('match on a key that ignores punctuation width, quotes and spaces', () => {
    expect(archiveMatchKey('会议指出, "要坚决 打赢"疫情防控阻击战!')).toBe(
      archiveMatchKey('会议指出，“要坚决打赢”疫情防控阻击战！'),
    );
  });
});
