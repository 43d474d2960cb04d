/**
 * Negative controls for the Chinese drafts: sentences holding text that looks like a defect
 * but is not (half-width forms in numbers, times, URLs and Latin text; legitimate
 * reduplication; ABAB titles such as 支队支队长). Each names the spans that must not change.
 */

/** A control sentence; `tokens` are substrings of `text` that must stay exactly as they are. */
export interface ControlSentence {
  readonly text: string;
  readonly tokens: readonly { readonly token: string; readonly variant: string }[];
}

const n = (token: string) => ({ token, variant: 'number' });
const r = (token: string) => ({ token, variant: 'reduplication' });
const abab = (token: string) => ({ token, variant: 'abab' });
const latin = (token: string) => ({ token, variant: 'latin-punct' });
const shape = (token: string, variant: string) => ({ token, variant });

/**
 * Lines that real news prints at the end of several stories of one issue (measured in zh-news:
 * the longest is 16 characters), and a passage a short item and a longer report both print.
 */
export const CROSS_STORY_LINES = [
  '王毅参加会见。',
  '蔡奇、王毅等参加会见。',
  '吴政隆参加上述活动。',
  '丁薛祥、王毅、何立峰等参加会见。',
  '（完）',
];

export const CONTROL_SENTENCES: readonly ControlSentence[] = [
  { text: '当天上午10:30，活动正式开始。', tokens: [n('10:30')] },
  { text: '双方最终以1:1战平。', tokens: [n('1:1')] },
  { text: '一季度同比增长8.6%。', tokens: [n('8.6%')] },
  { text: '当地探索“3+1”帮扶模式。', tokens: [n('3+1')] },
  { text: '全市5G基站覆盖率达到90%。', tokens: [n('5G'), n('90%')] },
  { text: '新版本的编号为3.5。', tokens: [n('3.5')] },
  { text: '会议时间为14:00至16:30。', tokens: [n('14:00'), n('16:30')] },
  { text: '比例按照1:2:1分配。', tokens: [n('1:2:1')] },
  {
    text: '详情可查询http://www.gov.cn/zhengce/content?id=2024。',
    tokens: [{ token: 'http://www.gov.cn/zhengce/content?id=2024', variant: 'url' }],
  },
  { text: '报告提到了“COVID-19, 5G”等词语。', tokens: [latin('COVID-19, 5G')] },
  {
    text: '他用英语说：“Yes, we can (and we will)!”',
    tokens: [latin('Yes, we can (and we will)!')],
  },
  { text: '外宾表示：“Thank you; see you soon.”', tokens: [latin('Thank you; see you soon.')] },
  { text: '大家纷纷走过来看看。', tokens: [r('看看')] },
  { text: '这件事还要再研究研究。', tokens: [r('研究研究')] },
  { text: '孩子们高高兴兴地走进校园。', tokens: [r('高高兴兴')] },
  { text: '全体干部要同心同德同向同行。', tokens: [r('同心同德同向同行')] },
  { text: '他天天坚持锻炼身体。', tokens: [r('天天')] },
  { text: '村民们认认真真地学习新技术。', tokens: [r('认认真真')] },
  { text: '大家有必要讨论讨论。', tokens: [r('讨论讨论')] },
  { text: '屋里屋外打扫得干干净净。', tokens: [r('干干净净')] },
  { text: '武警某支队支队长李明介绍了情况。', tokens: [abab('支队支队长')] },
  { text: '消防大队大队长王强说。', tokens: [abab('大队大队长')] },
  { text: '交警中队中队长赵磊表示。', tokens: [abab('中队中队长')] },
  { text: '该分局分局长刘军参加检查。', tokens: [abab('分局分局长')] },
  // The shapes real news holds and the clean once damaged (new sentences of each shape).
  {
    text: '各地坚持“稳就业 保民生”的工作主线。',
    tokens: [shape('“稳就业 保民生”', 'slogan-space')],
  },
  {
    text: '主题展览《奋进新时代 建功新征程》开幕。',
    tokens: [shape('《奋进新时代 建功新征程》', 'slogan-space')],
  },
  {
    text: '晚会以“同心共筑中国梦 携手奋进新征程”为主题。',
    tokens: [shape('“同心共筑中国梦 携手奋进新征程”', 'slogan-space')],
  },
  { text: '干部们一户一户上门走访。', tokens: [shape('一户一户', 'distributive')] },
  { text: '工作人员一步一步指导村民操作。', tokens: [shape('一步一步', 'distributive')] },
  {
    text: '当地一个环节一个环节抓落实。',
    tokens: [shape('一个环节一个环节', 'distributive')],
  },
  {
    text: '他们坚持一个项目一个项目推进。',
    tokens: [shape('一个项目一个项目', 'distributive')],
  },
  { text: '游客大批大批地涌入景区。', tokens: [shape('大批大批', 'quantity')] },
  { text: '稻田成片成片地完成收割。', tokens: [shape('成片成片', 'quantity')] },
  { text: '三号车间车间主任介绍了生产情况。', tokens: [shape('车间车间主任', 'longer-word')] },
  { text: '旅游行业行业协会发布倡议。', tokens: [shape('行业行业协会', 'longer-word')] },
  { text: '展厅陈列着新中国中国画名家的作品。', tokens: [shape('新中国中国画', 'longer-word')] },
  { text: '技术员手把手把技术教给村民。', tokens: [shape('手把手把技术', 'longer-word')] },
  { text: '供需双方面对面对接。', tokens: [shape('面对面对接', 'longer-word')] },
  { text: '构建共建共治共享的社会治理格局。', tokens: [shape('共建共治共享', 'parallel')] },
  { text: '企业享受退税缓税缓费政策。', tokens: [shape('退税缓税缓费', 'parallel')] },
  {
    text: '巴勒斯坦巴勒斯坦民族解放运动发表声明。',
    tokens: [shape('巴勒斯坦巴勒斯坦民族解放运动', 'name-title')],
  },
  { text: '合唱团演唱了《歌唱歌唱祖国》。', tokens: [shape('《歌唱歌唱祖国》', 'name-title')] },
];

/** Reporters' names for synthetic bylines. */
export const REPORTERS = [
  '许珂',
  '陈润',
  '罗文鹏',
  '王明',
  '李华',
  '张伟',
  '刘洋',
  '赵敏',
] as const;

/** Characters OCR confuses (each maps to its look-alike), for near-duplicate paragraphs. */
export const OCR_CONFUSIONS: Readonly<Record<string, string>> = {
  己: '已',
  已: '己',
  未: '末',
  末: '未',
  人: '入',
  入: '人',
  日: '曰',
  土: '士',
  士: '土',
  千: '干',
  干: '千',
  大: '太',
  天: '夭',
  王: '玉',
  木: '本',
  白: '自',
  自: '白',
  今: '令',
  力: '刀',
  贝: '见',
  间: '问',
  问: '间',
  休: '体',
  体: '休',
};

/** Continuation markers (jump lines). */
export const JUMP_LINES = [
  '（下转第二版）',
  '（下转第三版）',
  '（上接第一版）',
  '详见三版',
  '详见第四版',
];
