import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, cleanText } from '../../src/core/index';
import { dashMisreadings } from '../../src/core/detectors/misreading/chinese-dash';
import { createDocument } from '../../src/core/document/document';
import { MAX_CANDIDATES } from '../../src/core/detectors/misreading/chinese';
import { parseShapeTable } from '../../src/core/lexicon/shapes';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';
import { loadShapeTable, shapeTablePath } from '../../src/main/lexicon/shapes';

const options = { lexicon: loadChineseLexicon(), shapes: loadShapeTable() };

/** Asserts that a clean changes none of `texts`. */
function expectLeftAlone(texts: readonly string[]) {
  for (const text of texts) expect(cleanText(text, options).text, text).toBe(text);
}

function misreadings(text: string) {
  return analyseText(text, options).findings.filter((f) => f.kind === 'misreading');
}

describe('misreading (Chinese)', () => {
  it('applies a proposed reading that also completes a word of three or four characters', () => {
    expect(cleanText('这首歌当年风摩一时', options).text).toBe('这首歌当年风靡一时');
    expect(cleanText('和其他专买店比起来', options).text).toBe('和其他专卖店比起来');
    expect(cleanText('新局面，两干多年的皇权观', options).text).toBe('新局面，两千多年的皇权观');
    const [finding] = misreadings('这首歌当年风摩一时');
    expect(finding!.message['zh-CN']).toContain('风靡一时');
    // A look-alike that makes no word with one neighbour may make one of three characters with
    // two (越来越); a name it makes is proposed, never applied (王亚南 for the lawyer 王亚丽).
    expect(cleanText('这个问题我越来赴看不懂了。', options).text).toBe(
      '这个问题我越来越看不懂了。',
    );
    // A character that stands alone everywhere (还) is read only inside such a longer word.
    expect(cleanText('整场比赛险象还生。', options).text).toBe('整场比赛险象环生。');
    expectLeftAlone(['他还生气呢。', '我们还要努力。']);
    const [name] = misreadings('律师王亚丽说，业主有权维权。');
    expect(name?.confidence ?? 'none').not.toBe('safe');
    // Names, abbreviations and new words jieba lacks stay: a rare name is no witness, and
    // the reading alone is too weak.
    expectLeftAlone(['文/记者 王晓芳', '地震失联人员搜救', '近日，工信部就曾警告', '五十岚裕美']);
  });

  it('applies a suggestion where the issue prints the reading elsewhere, as its three characters', () => {
    const alone = '部分地区建成高标冯农田。';
    expect(misreadings(alone).map((f) => [f.replacement, f.confidence])).toEqual([
      ['准', 'suggest'],
    ]);
    expectLeftAlone([alone]);
    const issue = `今年建成高标准农田一千万亩。\n\n${alone}`;
    expect(cleanText(issue, options).text).toBe(
      '今年建成高标准农田一千万亩。\n\n部分地区建成高标准农田。',
    );
    const [finding] = misreadings(issue);
    expect(finding!.message['zh-CN']).toContain('本期他处印作“建成高标准农田”');
    expect(finding!.message.en).toContain('the issue prints "建成高标准农田" elsewhere');
    // Only within a story's reach: the same words 30,000 characters away witness nothing.
    const far = `今年建成高标准农田一千万亩。\n\n${'会议指出，'.repeat(6_000)}\n\n${alone}`;
    const farFinding = misreadings(far).find((f) => far[f.start] === '冯');
    expect(farFinding?.confidence).toBe('suggest');
    // Another word of the meant character is no witness: it must stand with the same neighbours.
    const other = `推进标准化建设。\n\n${alone}`;
    expect(cleanText(other, options).text).toBe(other);
  });

  it('names the word a reading completes in its message, a word of four characters too', () => {
    const [finding] = misreadings('应该是在勤工检学。');
    expect(finding!.message['zh-CN']).toContain('“勤工俭学”');
    const [variant] = misreadings('很多人糊里胡涂奔波了半生');
    expect(variant!.message['zh-CN']).toContain('“胡里胡涂”');
  });

  it('reads an em dash as 一 where 一 makes a numeral, and leaves a dash that parts things', () => {
    for (const [printed, meant] of [
      ['今天的第—号家庭', '今天的第一号家庭'],
      ['新的—年当然好', '新的一年当然好'],
      ['以防万—', '以防万一'],
      ['第ー号选手', '第一号选手'],
    ]) {
      expect(cleanText(printed!, options).text).toBe(meant);
    }
    const [finding] = misreadings('今天的第—号家庭');
    expect([finding!.replacement, finding!.confidence]).toEqual(['一', 'safe']);
    expect(finding!.message['zh-CN']).toContain('第一');
    expectLeftAlone([
      '从深圳—香港的路线，中国—中亚峰会。',
      '费用在20万—25万元之间，1990—2000年。',
      '他说——这是一个好主意。',
      '到菜单—活动—迈克尔的活动—点进入。',
      '让一些人物进入照片—家人在一起吃饭。',
    ]);
  });

  it('reads dashes in any text once: only strokes become 一, and a second reading finds none', () => {
    const parts = [
      '—',
      'ー',
      '―',
      '─',
      '一',
      '第',
      '号',
      '年',
      '万',
      '中',
      '国',
      '的',
      '2',
      '。',
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (chars) => {
        const text = `新华社北京电${chars.join('')}`;
        const drafts = dashMisreadings(createDocument(text), options.lexicon);
        for (const d of drafts) {
          expect(/[—ー―─]/.test(text.slice(d.start, d.end))).toBe(true);
          expect(d.replacement).toBe('一');
        }
        let fixed = text;
        for (const d of [...drafts].reverse()) {
          fixed = fixed.slice(0, d.start) + d.replacement + fixed.slice(d.end);
        }
        expect(dashMisreadings(createDocument(fixed), options.lexicon)).toEqual([]);
      }),
    );
  });

  it('ships a shape table that holds the classic look-alikes', () => {
    expect(shapeTablePath()).toBeDefined();
    const shapes = loadShapeTable()!;
    for (const [seen, meant] of [
      ['入', '人'],
      ['末', '未'],
      ['己', '已'],
      ['太', '大'],
      ['千', '干'],
      ['士', '土'],
    ]) {
      expect(shapes.similar(seen), seen).toContain(meant);
    }
  });

  it('ranks look-alikes that share no component by their glyphs, within the candidates tried', () => {
    const shapes = loadShapeTable()!;
    for (const [seen, meant] of [
      ['儿', '几'],
      ['咕', '咭'],
      ['大', '六'],
      ['于', '手'],
    ]) {
      expect(shapes.similar(seen).slice(0, MAX_CANDIDATES), seen).toContain(meant);
    }
  });

  it('parses the table format and skips malformed lines', () => {
    const table = parseShapeTable('末\t未木\nbroken line\n己\t已\n');
    expect(table.similar('末')).toBe('未木');
    expect(table.similar('己')).toBe('已');
    expect(table.similar('人')).toBe('');
  });

  it('proposes the character that makes the common word, and says why', () => {
    // 入才 still reads too well under jieba's word counts to be proposed (see the README's
    // quality table): 入 is a frequent word alone, and single characters cost little in a
    // unigram model. Twins (未/末, 干/千, 土/士) cost less to misread than other look-alikes.
    const cases: [string, string, string][] = [
      ['他己经完成了任务。', '己', '已'],
      ['展望末来的发展方向。', '末', '未'],
      ['加强千部队伍建设。', '千', '干'],
      ['加强士地管理。', '士', '土'],
      ['确保人民群众生命财产安仝。', '仝', '全'],
      ['这次会议研究部署了下一阶段的重点工怍。', '怍', '作'],
      ['小时侯就这样吃的。', '侯', '候'],
    ];
    for (const [text, seen, meant] of cases) {
      const found = misreadings(text);
      expect(
        found.map((f) => [text.slice(f.start, f.end), f.replacement]),
        text,
      ).toContainEqual([seen, meant]);
      const finding = found.find((f) => f.replacement === meant)!;
      expect(finding.message['zh-CN']).toContain(`“${seen}”应为“${meant}”`);
      expect(finding.message.en).toContain(`"${seen}" for "${meant}"`);
    }
  });

  it('applies a twin the words read by 5 on its own prior, 4 ahead of the next reading', () => {
    for (const [text, meant] of [
      ['比赛终干开始了。', '比赛终于开始了。'],
      ['她很注意白己的皮肤。', '她很注意自己的皮肤。'],
      ['他的作品很有艺木感。', '他的作品很有艺术感。'],
      ['他是一位工程硕土。', '他是一位工程硕士。'],
    ] as const) {
      expect(cleanText(text, options).text, text).toBe(meant);
    }
    // The same characters where they are right stay.
    expectLeftAlone(['他终于干完了活。', '白色的自行车。', '木头做的艺术品。', '博士和士兵。']);
  });

  it("reads a twin the issue prints the same way again, where it is the engine's habit", () => {
    const places = (text: string, seen: string) =>
      misreadings(text)
        .filter((f) => text.slice(f.start, f.end) === seen)
        .map((f) => f.replacement);
    // A misreading an engine makes on every page repeats, as a name does: a twin the words
    // read well is proposed wherever it is printed.
    expect(places('这项工作己经取得成效，群众己经得到实惠。', '己')).toEqual(['已', '已']);
    expect(places('农村士地流转要依法进行，保护耕地和士地资源。', '士')).toEqual(['土', '土']);
    // A name printed twice stays, though one alone reads as a look-alike (胡主峰); so does a
    // repeated place whose reading is no twin (天鸽座, the constellation).
    for (const [once, twice, seen] of [
      ['胡玉峰认为价格会上涨。', '胡玉峰认为价格会上涨。胡玉峰说，今年如此。', '玉'],
      ['天鸽座的一颗恒星。', '天鸽座的一颗恒星。天鸽座很暗。', '鸽'],
    ] as const) {
      expect(places(once, seen), once).toHaveLength(1);
      expect(places(twice, seen), twice).toEqual([]);
    }
  });

  it("applies a suggestion where the issue's safe fixes made the same confusion", () => {
    // 泥[士] alone is only proposed; beside 改良[士]壤, applied safely, the engine's habit of
    // reading 土 as 士 is the issue's own, and the message says so.
    const alone = '这些泥士很肥沃。';
    expect(misreadings(alone).map((f) => f.confidence)).toEqual(['suggest']);
    const issue = `改良士壤。${alone}`;
    const found = misreadings(issue);
    expect(found.map((f) => [f.replacement, f.confidence])).toEqual([
      ['土', 'safe'],
      ['土', 'safe'],
    ]);
    expect(found[1]!.message['zh-CN']).toContain('本期另有1处“士”确认误识为“土”');
    expect(cleanText(issue, options).text).toBe('改良土壤。这些泥土很肥沃。');
  });

  it('applies no look-alike inside a name set between marks, only proposes it', () => {
    // 李鎏华 in a list of names: 金华 is a common word, but a given name may use any character.
    const list = '先后担任者有何锡培、李鎏华、关梁真真。';
    expect(misreadings(list).map((f) => [f.replacement, f.confidence])).toEqual([
      ['金', 'suggest'],
    ]);
    expectLeftAlone([list]);
    // A run longer than a name is read as ever.
    expect(cleanText('李己经走了。', options).text).toBe('李已经走了。');
  });

  it('proposes nothing in the name a byline gives', () => {
    // The Sina and CLUE texts: 编辑：雯子 (not 妻子), 文/记者 王晓芳 (not 王明芳).
    expect(misreadings('编辑：雯子')).toEqual([]);
    expect(misreadings('文/记者 王晓芳')).toEqual([]);
    // Running text after 记者 is read as ever.
    expect(cleanText('记者了解到，他己经走了。', options).text).toBe('记者了解到，他已经走了。');
  });

  it('leaves correct Chinese news unchanged (clean applies nothing)', () => {
    const lines = readFileSync('../shared/corpus/zh-news/articles.jsonl', 'utf8')
      .trim()
      .split('\n')
      .slice(0, 150);
    for (const line of lines) {
      const article = JSON.parse(line) as { headline: string; paragraphs: string[] };
      const text = [article.headline, ...article.paragraphs].join('\n\n');
      const safe = misreadings(text).filter((f) => f.confidence === 'safe');
      expect(safe.map((f) => text.slice(f.start - 4, f.end + 4))).toEqual([]);
    }
  });

  it('leaves traditional characters alone: 們 is no misreading of 们', () => {
    expect(misreadings('我們來聊個天，喜歡嗎？')).toEqual([]);
  });

  it('checks only English without the lexicon and the table', () => {
    expect(
      analyseText('他己经完成了任务。').findings.filter((f) => f.kind === 'misreading'),
    ).toEqual([]);
    expect(cleanText('他己经完成了任务。').text).toBe('他己经完成了任务。');
  });
});
