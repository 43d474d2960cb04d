/**
 * `low-confidence`: the OCR engine's unsure words (hOCR x_wconf, ALTO WC, PAGE conf) as
 * suggestions, carried from the import to every version while their text is the engine's
 * reading, never applied by a clean, settled for good when the editor confirms them.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { ChangeSet } from '../../src/core/changes/changeset';
import { confidencesFor } from '../../src/core/geometry';
import type { OcrConfidence } from '../../src/core/detectors/detector';
import { importBytes, importDraft } from '../../src/main/import/index';
import type { Services } from '../../src/main/services/index';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, servicesIn } from './helpers';

const KANT_1811 = 'alto/0002364_18110127_0001.xml';

describe('the low-confidence detector', () => {
  it('flags each unsure word as a suggestion that keeps the word, with its confidence', () => {
    const text = 'Tho quick brown fox';
    const { findings } = analyseText(text, {
      ocrConfidence: [{ start: 0, end: 3, confidence: 0.42 }],
    });
    const unsure = findings.filter((f) => f.kind === 'low-confidence');
    expect(unsure).toHaveLength(1);
    expect(unsure[0]).toMatchObject({
      start: 0,
      end: 3,
      replacement: 'Tho',
      confidence: 'suggest',
    });
    expect(unsure[0].message['zh-CN']).toBe('OCR 置信度 42%：请对照原稿核对“Tho”。');
    expect(unsure[0].message.en).toBe('OCR confidence 42%: check “Tho” against the scan.');
  });

  it('finds nothing without OCR confidences, and skips ranges outside the text or blank', () => {
    expect(analyseText('Tho quick').findings.some((f) => f.kind === 'low-confidence')).toBe(false);
    const { findings } = analyseText('a b', {
      ocrConfidence: [
        { start: 1, end: 2, confidence: 0.1 },
        { start: 2, end: 9, confidence: 0.1 },
      ],
    });
    expect(findings.filter((f) => f.kind === 'low-confidence')).toEqual([]);
  });
});

describe('unsure words carried to a later text', () => {
  it('keeps words whose text is the engine reading and drops the ones the editor changed', () => {
    const before = 'tho cat sat on tbe mat';
    const words: OcrConfidence[] = [
      { start: 0, end: 3, confidence: 0.5 },
      { start: 4, end: 7, confidence: 0.6 },
      { start: 15, end: 18, confidence: 0.4 },
    ];
    const after = 'The cat sat on tbe red mat';
    expect(confidencesFor(words, before, after)).toEqual([
      { start: 4, end: 7, confidence: 0.6 },
      { start: 15, end: 18, confidence: 0.4 },
    ]);
  });

  it('property: a kept word reads the same; a word no edit touched is kept', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({ at: fc.nat(), insert: fc.stringMatching(/^[a-z ]{0,3}$/), cut: fc.nat(3) }),
          {
            maxLength: 4,
          },
        ),
        (tokens, edits) => {
          const before = tokens.join(' ');
          const words: OcrConfidence[] = [];
          let at = 0;
          for (const t of tokens) {
            words.push({ start: at, end: at + t.length, confidence: 0.5 });
            at += t.length + 1;
          }
          const spots = [...new Set(edits.map((e) => e.at % (before.length + 1)))].sort(
            (a, b) => a - b,
          );
          const changes: { from: number; to: number; insert: string }[] = [];
          let last = -1;
          for (const [i, from] of spots.entries()) {
            if (from <= last) continue;
            const to = Math.min(before.length, from + edits[i].cut, spots[i + 1] ?? Infinity);
            changes.push({ from, to, insert: edits[i].insert });
            last = to;
          }
          const set = ChangeSet.of(changes, before.length);
          const after = set.apply(before);
          // Without the change set the texts are diffed, and a diff may align a repeat another
          // way ("aa a aaa" → "aa aaa" loses the "a" or an "a" of "aaa"): a kept word still
          // reads as one of the words read. With it, a word these edits did not touch is kept.
          for (const w of confidencesFor(words, before, after)) {
            expect(tokens).toContain(after.slice(w.start, w.end));
          }
          const kept = confidencesFor(words, before, after, set);
          for (const w of kept) expect(after.slice(w.start, w.end)).toMatch(/^[a-z]+$/);
          const keptTexts = kept.map((w) => after.slice(w.start, w.end));
          for (const w of words) {
            const untouched = changes.every((c) => c.to < w.start || c.from > w.end);
            if (untouched) expect(keptTexts).toContain(before.slice(w.start, w.end));
          }
        },
      ),
      { examples: [[['aa', 'a', 'aaa'], [{ at: 1, insert: '', cut: 2 }]]] },
    );
  });
});

describe('low-confidence in the workspace', () => {
  let folder: string;
  let services: Services;
  beforeEach(async () => {
    folder = await tempFolder();
    services = await servicesIn(join(folder, 'ws'));
  });
  afterEach(async () => {
    await removeFolder(folder);
  });

  it.each([
    ['hOCR x_wconf', PAGES.hocrChoices.file],
    ['ALTO WC', KANT_1811],
  ])('%s: the unsure words of the import are suggestions at their words', async (_, file) => {
    const draft = await importDraft(join(OCR, file));
    expect(draft.lowConfidence.length).toBeGreaterThan(0);
    const copy = join(folder, file.split('/').pop()!);
    await copyFile(join(OCR, file), copy);
    const { issue } = await services.issues.importFile(copy);
    const { findings, text } = await services.issues.findings(issue.id);
    const unsure = findings.filter((f) => f.kind === 'low-confidence');
    expect(unsure.map((f) => [f.start, f.end])).toEqual(
      draft.lowConfidence.map((w) => [w.start, w.end]),
    );
    for (const f of unsure) {
      expect(f.confidence).toBe('suggest');
      expect(f.replacement).toBe(text.slice(f.start, f.end));
    }
  });

  it('follows the text into later versions, leaves corrected words, and is never cleaned', async () => {
    const copy = join(folder, 'tess_choices.hocr');
    await copyFile(join(OCR, PAGES.hocrChoices.file), copy);
    const { issue } = await services.issues.importFile(copy);
    const first = await services.issues.findings(issue.id);
    const unsure = first.findings.filter((f) => f.kind === 'low-confidence');
    expect(unsure.length).toBeGreaterThan(2);
    const [fixed, ...rest] = unsure;
    // The editor corrects the first unsure word and adds a line at the top.
    const edited =
      'Added line.\n\n' +
      first.text.slice(0, fixed.start) +
      'CORRECTED' +
      first.text.slice(fixed.end);
    await services.issues.save(issue.id, edited);
    const later = await services.issues.findings(issue.id);
    const shift = 'Added line.\n\n'.length + 'CORRECTED'.length - (fixed.end - fixed.start);
    const laterUnsure = later.findings.filter((f) => f.kind === 'low-confidence');
    expect(laterUnsure.map((f) => later.text.slice(f.start, f.end))).toEqual(
      rest.map((f) => first.text.slice(f.start, f.end)),
    );
    expect(laterUnsure.map((f) => f.start)).toEqual(rest.map((f) => f.start + shift));
    const cleaned = await services.issues.clean(issue.id);
    expect(cleaned.applied.some((f) => f.kind === 'low-confidence')).toBe(false);
  });

  it('a confirmed word (accepted) is not proposed again; a rejected one neither', async () => {
    const copy = join(folder, 'tess_choices.hocr');
    await copyFile(join(OCR, PAGES.hocrChoices.file), copy);
    const { issue } = await services.issues.importFile(copy);
    const unsure = (await services.issues.findings(issue.id)).findings.filter(
      (f) => f.kind === 'low-confidence',
    );
    await services.issues.decide(issue.id, [
      { findingId: unsure[0].id, decision: 'accepted' },
      { findingId: unsure[1].id, decision: 'rejected' },
    ]);
    const again = (await services.issues.findings(issue.id)).findings
      .filter((f) => f.kind === 'low-confidence')
      .map((f) => f.id);
    expect(again).toEqual(unsure.slice(2).map((f) => f.id));
  });

  it('PAGE TextEquiv conf below the threshold flags the word', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Page imageFilename="p.png" imageWidth="100" imageHeight="100">
    <TextRegion id="r1"><Coords points="0,0 100,0 100,50 0,50"/>
      <TextLine id="l1"><Coords points="0,0 100,0 100,20 0,20"/>
        <Word id="w1"><Coords points="0,0 40,0 40,20 0,20"/><TextEquiv conf="0.95"><Unicode>good</Unicode></TextEquiv></Word>
        <Word id="w2"><Coords points="50,0 90,0 90,20 50,20"/><TextEquiv conf="0.31"><Unicode>wrod</Unicode></TextEquiv></Word>
        <TextEquiv><Unicode>good wrod</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
  </Page>
</PcGts>`;
    const { issue } = await services.issues.importBytes(Buffer.from(xml), 'p.xml');
    const unsure = (await services.issues.findings(issue.id)).findings.filter(
      (f) => f.kind === 'low-confidence',
    );
    expect(unsure.map((f) => [f.start, f.end, f.message.en])).toEqual([
      [5, 9, 'OCR confidence 31%: check “wrod” against the scan.'],
    ]);
    expect((await importBytes(Buffer.from(xml), 'p.xml')).lowConfidence).toHaveLength(1);
  });
});
