import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyRoles, createDocument, isProse, splitBlocks, type Role } from '../../src/core';
import { SAMPLE, loadArticles } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

/** Role of every block of `text`, keyed by the 1-based line its block starts on. */
function rolesByLine(text: string): Map<number, Role> {
  const doc = createDocument(text);
  const out = new Map<number, Role>();
  for (const block of doc.blocks)
    out.set(text.slice(0, block.start).split('\n').length, block.role);
  return out;
}

function rolesOf(...blocks: string[]): Role[] {
  return createDocument(blocks.join('\n\n')).blocks.map((b) => b.role);
}

describe('classifyRoles on the sample issue', () => {
  const roles = rolesByLine(SAMPLE);

  it('gives every block of the sample its role', () => {
    const expected: Record<number, Role> = {
      3: 'headline',
      5: 'byline',
      7: 'body',
      9: 'body',
      13: 'headline',
      15: 'deck',
      17: 'deck',
      19: 'dateline',
      43: 'body',
      45: 'headline',
      48: 'headline',
      50: 'deck',
      52: 'deck',
      54: 'byline',
      70: 'deck',
      72: 'headline',
      74: 'byline',
      78: 'body',
      80: 'body',
      94: 'headline',
      96: 'deck',
      98: 'byline',
      110: 'headline',
      112: 'body',
      114: 'jump-line',
    };
    for (const [line, role] of Object.entries(expected)) {
      expect({ line: Number(line), role: roles.get(Number(line)) }).toEqual({
        line: Number(line),
        role,
      });
    }
    // Every other block is body.
    for (const [line, role] of roles) {
      if (!(line in expected)) expect({ line, role }).toEqual({ line, role: 'body' });
    }
    expect(roles.size).toBe(55);
  });

  it('reads the cut fragment on line 78 as body though it is short and ends open', () => {
    expect(roles.get(78)).toBe('body');
  });

  it('reads line 52 as a deck, not body to be joined with the byline after it', () => {
    expect(roles.get(52)).toBe('deck');
    expect(roles.get(54)).toBe('byline');
  });

  it('keeps the teaser on line 112 as body and "详见三版" as a jump line', () => {
    expect(roles.get(112)).toBe('body');
    expect(roles.get(114)).toBe('jump-line');
  });
});

describe('classifyRoles on the zh-news articles', () => {
  it('reads headline, dateline paragraph and body paragraphs of all 500 articles', () => {
    const wrong: string[] = [];
    for (const article of ARTICLES) {
      const roles = rolesOf(article.headline, ...article.paragraphs);
      const expected: Role[] = article.paragraphs.map((_, i) => (i === 0 ? 'dateline' : 'body'));
      expected.unshift('headline');
      if (roles.join() !== expected.join()) wrong.push(article.headline);
    }
    expect(wrong).toEqual([]);
  });

  it('reads headlines as headlines in a whole issue of concatenated articles', () => {
    const issue = ARTICLES.slice(0, 40)
      .map((a) => [a.headline, ...a.paragraphs].join('\n\n'))
      .join('\n\n');
    const doc = createDocument(issue);
    const headlines = doc.blocks.filter((b) => b.role === 'headline').map((b) => b.text);
    expect(headlines).toEqual(ARTICLES.slice(0, 40).map((a) => a.headline));
  });
});

describe('classifyRoles, one formula at a time', () => {
  it('knows bylines, datelines, jump lines, list items and captions by their wording', () => {
    expect(
      rolesOf(
        '本报讯（记者 许珂）3月4日，记者从市扶贫办获悉。',
        '新华社北京3月4日电 中共中央政治局常务委员会3月4日召开会议。',
        '（下转第三版）',
        '(上接第一版)',
        '1. 坚持底线思维。',
        '（二）加快解决居民购买口罩难问题。',
        '图为工人在生产线上忙碌。 本报记者 罗文鹏 摄',
      ),
    ).toEqual([
      'byline',
      'dateline',
      'jump-line',
      'jump-line',
      'list-item',
      'list-item',
      'caption',
    ]);
  });

  it('reads an overline ending in a speech verb as a deck and the line under it as headline', () => {
    expect(
      rolesOf(
        '朱健主持召开全市口罩生产企业座谈会时强调',
        '坚持底线思维 全力释放产能',
        '本报讯(记者 罗文鹏)昨日上午，朱健主持召开座谈会。',
      ),
    ).toEqual(['deck', 'headline', 'byline']);
  });

  it('reads a block cut by a column break as body, whatever its length', () => {
    expect(rolesOf('会议强调，要加强', '患者收治工作。')).toEqual(['body', 'body']);
    expect(rolesOf('他说，这是一个', '的问题。')).toEqual(['body', 'body']);
  });

  it('reads English headlines, bylines, datelines and body', () => {
    expect(
      rolesOf(
        'City Council Approves New Budget',
        'By Jane Smith',
        'LONDON (Reuters) — The council met on Tuesday and approved the budget.',
        'The mayor said the plan would be reviewed in the',
        'spring, after the elections.',
        '(Continued on page 3)',
      ),
    ).toEqual(['headline', 'byline', 'dateline', 'body', 'body', 'jump-line']);
  });

  it('returns one role per block, and none for an empty text', () => {
    expect(classifyRoles([])).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            ...ARTICLES.slice(0, 30).flatMap((a) => [a.headline, ...a.paragraphs]),
            '详见三版',
            '在认真听取大家发言后,朱健指出,面对',
          ),
          { maxLength: 12 },
        ),
        (blocks) => {
          const raws = splitBlocks(blocks.join('\n\n'));
          const roles = classifyRoles(raws);
          expect(roles).toHaveLength(raws.length);
          expect(classifyRoles(raws)).toEqual(roles);
        },
      ),
    );
  });
});

describe('isProse', () => {
  it('is true for running text and false for titles and jump lines', () => {
    const prose: Role[] = ['body', 'byline', 'dateline', 'list-item', 'caption'];
    const notProse: Role[] = ['headline', 'deck', 'jump-line'];
    expect(prose.map(isProse)).toEqual(prose.map(() => true));
    expect(notProse.map(isProse)).toEqual(notProse.map(() => false));
  });
});
