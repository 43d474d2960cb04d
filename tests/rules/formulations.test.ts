import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseText } from '../../src/core/analyse';
import { createDocument } from '../../src/core/document/document';
import { formulationDetector } from '../../src/core/detectors/formulation';
import { compareWindow } from '../../src/core/rules/near-miss';
import { FormulationMatcher } from '../../src/core/rules/formulations';
import { STARTER_FORMULATIONS } from '../../src/core/rules/starter';
import { ARTICLES_PATH, hits, rules } from './helpers';

const THOUGHT = '习近平新时代中国特色社会主义思想';

describe('standard formulations', () => {
  it('proposes the exact phrase for a missing, extra, replaced or swapped character', () => {
    expect(hits(`坚持以习近平新时代中国特色社会主义想为指导。`, undefined, 'formulation')).toEqual([
      ['习近平新时代中国特色社会主义想', THOUGHT, 'suggest'],
    ]);
    expect(
      hits('坚持以习近平新时代中国特色的社会主义思想为指导。', undefined, 'formulation'),
    ).toEqual([['习近平新时代中国特色的社会主义思想', THOUGHT, 'suggest']]);
    expect(
      hits('坚持以习近平新时代中国持色社会主义思想为指导。', undefined, 'formulation'),
    ).toEqual([['习近平新时代中国持色社会主义思想', THOUGHT, 'suggest']]);
    expect(hits('为决胜全面建成康小社会而奋斗。', undefined, 'formulation')).toEqual([
      ['决胜全面建成康小社会', '决胜全面建成小康社会', 'suggest'],
    ]);
  });

  it('names the kind of slip in the message', () => {
    const { findings } = analyseText('为决胜全面建成康小社会而奋斗。');
    expect(findings[0].message['zh-CN']).toContain('字序颠倒');
    expect(findings[0].message.en).toContain('swapped');
  });

  it('never flags the exact phrase, nor a formulation inside a longer legitimate phrase', () => {
    const text = [
      `坚持以${THOUGHT}为指导，决胜全面建成小康社会。`,
      '全面建设小康社会是党的十六大提出的目标。',
      '培育和践行社会主义核心价值观，建设社会主义核心价值体系。',
    ].join('\n\n');
    expect(hits(text, undefined, 'formulation')).toEqual([]);
  });

  it('leaves a space inside a phrase to the stray-space detector', () => {
    expect(hits('践行绿水青 山就是金山银山理念。', undefined, 'formulation')).toEqual([]);
    const kinds = analyseText('践行绿水青 山就是金山银山理念。').findings.map((f) => f.kind);
    expect(kinds).toEqual(['stray-space']);
  });

  it('does not propose an edit at either end of a phrase (another phrase looks like that)', () => {
    const list = rules({ starter: false, formulations: [{ phrase: '社会主义核心价值观' }] });
    expect(hits('建设社会主义核心价值体系。', list, 'formulation')).toEqual([]);
    expect(hits('培育社会主义核心价植观。', list, 'formulation')).toEqual([
      ['社会主义核心价植观', '社会主义核心价值观', 'suggest'],
    ]);
  });

  it('matches short phrases exactly only, and indels only on long ones', () => {
    const list = rules({
      starter: false,
      formulations: [{ phrase: '人类命运共同体' }, { phrase: '一带一路' }],
    });
    expect(hits('人类是命运共同体；一带一道。', list, 'formulation')).toEqual([]);
    expect(hits('构建人类命连共同体。', list, 'formulation')).toEqual([
      ['人类命连共同体', '人类命运共同体', 'suggest'],
    ]);
  });

  it('uses the editor’s own list, with or without the starter list', () => {
    const own = rules({
      starter: false,
      formulations: [{ phrase: '衡阳市委常委会工作要点', note: '本报' }],
    });
    expect(hits('审议衡阳市委常委会工作要求点。', own, 'formulation')).toEqual([
      ['衡阳市委常委会工作要求点', '衡阳市委常委会工作要点', 'suggest'],
    ]);
    expect(hits(`以${THOUGHT.replace('思想', '想')}为指导`, own, 'formulation')).toEqual([]);
    const both = rules({ formulations: [{ phrase: '衡阳市委常委会工作要点' }] });
    expect(hits(`以${THOUGHT.replace('思想', '想')}为指导`, both, 'formulation')).toHaveLength(1);
  });

  it('raises no false alarm with the starter list on 500 clean news articles', () => {
    const lines = readFileSync(ARTICLES_PATH, 'utf8').trim().split('\n');
    let flagged = 0;
    for (const line of lines) {
      const { headline, paragraphs } = JSON.parse(line) as {
        headline: string;
        paragraphs: string[];
      };
      const doc = createDocument(`${headline}\n\n${paragraphs.join('\n\n')}`);
      flagged += formulationDetector.detect(doc, {}).length;
    }
    expect(lines.length).toBe(500);
    expect(flagged).toBe(0);
  });

  it('finds every interior one-character slip of a starter phrase in random text (property)', () => {
    const longOnes = STARTER_FORMULATIONS.filter((f) => f.phrase.length >= 10).map((f) => f.phrase);
    const filler = fc
      .array(fc.constantFrom('甲', '乙', '丙', '丁', '，', '。'), { maxLength: 20 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.constantFrom(...longOnes),
        fc.nat(),
        fc.constantFrom('missing', 'extra', 'replaced', 'swapped'),
        filler,
        filler,
        (phrase, seed, kind, before, after) => {
          const at = 1 + (seed % (phrase.length - 3)); // interior: 1 … n − 3
          const slip =
            kind === 'missing'
              ? phrase.slice(0, at) + phrase.slice(at + 1)
              : kind === 'extra'
                ? `${phrase.slice(0, at)}戊${phrase.slice(at)}`
                : kind === 'replaced'
                  ? `${phrase.slice(0, at)}戊${phrase.slice(at + 1)}`
                  : phrase.slice(0, at) + phrase[at + 1] + phrase[at] + phrase.slice(at + 2);
          if (slip === phrase) return; // swapping two equal characters changes nothing
          const found = new FormulationMatcher([phrase]).scan(`${before}${slip}${after}`);
          expect(found.nearMisses).toHaveLength(1);
          expect(found.nearMisses[0].start).toBe(before.length);
          expect(found.nearMisses[0].end).toBe(before.length + slip.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('classifies windows exactly', () => {
    expect(compareWindow('abcdef', 0, 6, 'abcdef')).toBe('exact');
    expect(compareWindow('abxdef', 0, 6, 'abcdef')).toBe('replaced');
    expect(compareWindow('abdcef', 0, 6, 'abcdef')).toBe('swapped');
    expect(compareWindow('abdef', 0, 5, 'abcdef')).toBe('missing');
    expect(compareWindow('abcxdef', 0, 7, 'abcdef')).toBe('extra');
    expect(compareWindow('xbcdef', 0, 6, 'abcdef')).toBeNull();
    expect(compareWindow('abcdex', 0, 6, 'abcdef')).toBeNull();
    expect(compareWindow('axxdef', 0, 6, 'abcdef')).toBeNull();
  });
});
