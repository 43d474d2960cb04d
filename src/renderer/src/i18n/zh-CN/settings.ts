/** Strings of the settings screen (zh-CN, the reference language). */
const settingsStrings = {
  title: '设置',
  saved: '设置已保存。',
  language: {
    title: '界面语言',
    hint: '切换后立即生效。',
  },
  detectors: {
    title: '校对项',
    hint: '关闭的校对项不再标出；已作出的采纳或不采纳决定不受影响。',
    on: '已开启',
    off: '已关闭',
    allOn: '全部开启',
    count: '已开启 {{on}} / {{total}} 项',
  },
  kindHint: {
    'duplicate-paragraph': '同一期中重复印出的段落，包括几处 OCR 错字的近似重复。',
    'broken-paragraph': '被分栏或转版截断、印成两段的一个段落。',
    hyphenation: '英文单词在行末或版末用连字符断开（inter-national）。',
    'repeated-phrase': '连续重复的词语（依法依规依规处理）。',
    'stray-space': '中文排版中不该有的空格：汉字之间、中文标点旁、括号内外。',
    'punctuation-width': '中文里的半角标点 , : ; ( ) ? !，应为全角。',
    'jump-line': '版面上的转版提示（下转第三版、上接第一版）。',
    'reading-order': 'OCR 把标题各部分的顺序读错（“在…指引下”）。',
    rule: '工作区校对规则：替换词表中的错误写法（如 OCR 常见混淆、其它 → 其他）。',
    formulation: '规范提法差了一个字、多了一个字或颠倒了顺序，建议改为准确提法。',
    'archive-repeat': '本期段落或稿件与工作区内其他期重复（重稿）。',
    misreading: '字形相近而误识的字词（“末来”应为“未来”，“tho”应为“the”）。',
    'low-confidence':
      'OCR 引擎自己没有把握的字词（ALTO、PAGE 或 hOCR 文件中置信度低于 80%），请对照原稿核对。',
  },
  author: {
    title: '署名',
    label: '作者姓名',
    hint: '保存版本和导出 Word 修订时使用。',
    placeholder: '例如：张编辑',
    save: '保存',
  },
  keys: 'Tab 在选项之间移动　空格 切换开关　Enter 保存署名',
} as const;

export default settingsStrings;
