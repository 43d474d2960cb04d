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
