/**
 * The evidence behind automatic fixes, on the shapes of real Chinese that a clean must leave
 * alone (new sentences of the shapes measured on real news) and on stutters it must fix.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { cleanText } from '../../src/core/changes/apply';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';

const options = { lexicon: loadChineseLexicon() };

describe('repeated-phrase and stray-space leave real Chinese alone', () => {
  it.each([
    // 1. spaces inside slogans and titles
    '各地坚持“稳就业 保民生”的工作主线。',
    '展览以《奋进新时代 建功新征程》为主题。',
    // 2. distributive reduplication
    '干部们一户一户走访，一层一层压实责任。',
    '他们一个环节一个环节抓落实，一个项目一个项目推进。',
    '工作人员一步一步指导村民操作。',
    // 3. reduplicated quantity words
    '游客大批大批地涌入景区，稻田成片成片地收割。',
    // 4. a word meeting a longer word that contains it
    '三号车间车间主任介绍了生产情况。',
    '旅游行业行业协会发布倡议。',
    '展厅里陈列着新中国中国画名家的作品。',
    '技术员手把手把技术教给村民。',
    '双方面对面对接需求。',
    // 5. parallel structures
    '构建共建共治共享的社会治理格局。',
    '落实退税缓税缓费政策。',
    // 6. names and titles
    '巴勒斯坦巴勒斯坦民族解放运动发表声明。',
    '晚会上演唱了《歌唱歌唱祖国》。',
  ])('%s', (text) => {
    expect(cleanText(text, options).text).toBe(text);
    const repeats = analyseText(text, options).findings.filter(
      (f) => f.kind === 'repeated-phrase' || f.kind === 'stray-space',
    );
    for (const f of repeats) {
      expect(f.confidence).toBe('suggest');
      expect(f.message.en).toMatch(/suggestion/);
      expect(f.message['zh-CN']).toMatch(/提示/);
    }
  });
});

describe('stutters the lexicon shows are fixed, and say why', () => {
  it.each([
    ['推动经济经济发展', '推动经济发展', 'whole words'],
    ['各部门要坚要坚持以人民为中心', '各部门要坚持以人民为中心', 'breaks a word'],
    ['扩大我国高铁技术世技术世界领跑优势', '扩大我国高铁技术世界领跑优势', 'breaks a word'],
    [
      '要压实政治职责，依法依规依规处理检举控告',
      '要压实政治职责，依法依规处理检举控告',
      'whole words',
    ],
  ])('%s → %s', (draft, gold, why) => {
    const safe = analyseText(draft, options).findings.filter((f) => f.confidence === 'safe');
    expect(safe).toHaveLength(1);
    expect(safe[0]!.message.en).toContain(why);
    expect(cleanText(draft, options).text).toBe(gold);
  });

  it('only suggests without the lexicon', () => {
    const found = analyseText('推动经济经济发展', {}).findings;
    expect(found.map((f) => f.confidence)).toEqual(['suggest']);
  });

  it('removes a space inside quotation marks only when it splits a word', () => {
    expect(cleanText('会议提出“稳就 业”的目标。', options).text).toBe('会议提出“稳就业”的目标。');
  });
});

describe('duplicate-paragraph evidence', () => {
  const body =
    '会议指出，要坚持把人才培养作为头等大事，加快建设高水平人才队伍，为高质量发展提供有力支撑。';
  const misread = body.replace('人才培养', '入才培养');

  it('drops the near copy in the same story that reads worse, whichever comes first', () => {
    const later = `标题一\n\n${body}\n\n第二段的内容比较长，讲的是另一件事情。\n\n${misread}\n`;
    expect(cleanText(later, options).text).toBe(
      `标题一\n\n${body}\n\n第二段的内容比较长，讲的是另一件事情。\n`,
    );
    const earlier = `标题一\n\n${misread}\n\n第二段的内容比较长，讲的是另一件事情。\n\n${body}\n`;
    expect(cleanText(earlier, options).text).toBe(
      `标题一\n\n第二段的内容比较长，讲的是另一件事情。\n\n${body}\n`,
    );
    const [safe] = analyseText(later, options).findings.filter((f) => f.confidence === 'safe');
    expect(safe!.message['zh-CN']).toContain('人才');
  });

  it('keeps a short closing line that two stories both print', () => {
    const issue =
      '李强会见外国客人\n\n双方就深化合作交换了意见，达成广泛共识。\n\n王毅参加会见。\n\n' +
      '赵乐际会见议长\n\n双方回顾了两国议会交往的历史，表示将加强交流。\n\n王毅参加会见。\n';
    expect(cleanText(issue, options).text).toBe(issue);
  });

  it('keeps a passage printed by a short item and a longer report of one event', () => {
    const passage =
      '此次活动共吸引来自全国各地的三百余家企业参展，现场签约项目四十二个，签约金额超过一百亿元。';
    const issue =
      `展会开幕\n\n${passage}\n\n` +
      `展会综述\n\n记者在现场看到，各展区人头攒动，洽谈气氛热烈。\n\n${passage}\n`;
    expect(cleanText(issue, options).text).toBe(issue);
  });
});

describe('duplicate-paragraph evidence in English', () => {
  it('drops the near copy with the misread words', () => {
    const body =
      'The Government announced yesterday that the new bridge over the river will open to traffic next month, after two years of work.';
    const misread = body.replace('Government', 'Govemment').replace('the river', 'tbe river');
    const issue = `News of the day\n\n${body}\n\nAnother paragraph follows here about a different matter entirely.\n\n${misread}\n`;
    expect(cleanText(issue, options).text).toBe(
      `News of the day\n\n${body}\n\nAnother paragraph follows here about a different matter entirely.\n`,
    );
  });
});
