/** Strings of the Proofread screen (zh-CN, the reference language). */
const proofread = {
  empty: {
    title: '尚未打开稿件',
    hint: '在稿件库中选择一期稿件开始校对。',
    open: '打开稿件库',
  },
  opening: '正在打开稿件…',
  analysing: '正在分析…',
  editorLabel: '校对正文',
  original: {
    label: '导入的原稿（只读）',
    title: '原稿',
  },
  header: {
    unsaved: '未保存',
    saved: '已保存',
    save: '保存',
    find: '查找替换',
    original: '原稿',
  },
  panel: {
    title: '校对项',
    total: '{{count}} 处',
    empty: '没有待处理的校对项。',
    showMore: '再显示 {{count}} 处',
    acceptAll: '全部采纳',
    rejectAll: '全部不采纳',
    toggle: '展开或收起“{{kind}}”',
  },
  item: {
    accept: '采纳',
    reject: '不采纳',
    lineBreaks: '删除 {{count}} 个换行',
  },
  status: {
    characters: '字符',
    paragraphs: '段落',
    findings: '待处理',
    saving: '正在保存…',
    unsaved: '有未保存的修改',
    saved: '全部已保存',
  },
  save: {
    title: '保存版本',
    message: '版本说明（可不填）',
    placeholder: '例如：合并断段、删除重复段落',
    confirm: '保存',
    done: '已保存为第 {{number}} 版。',
  },
  recovery: {
    text: '发现 {{time}} 自动保存、尚未保存为版本的修改。',
    recover: '恢复这些修改',
    discard: '丢弃',
    recovered: '已恢复自动保存的修改。',
    discarded: '已丢弃自动保存的修改。',
  },
  find: {
    title: '查找和替换',
    search: '查找',
    replace: '替换为',
    caseSensitive: '区分大小写',
    regexp: '正则表达式',
    wholeWord: '全词匹配',
    count: '共 {{count}} 处',
    none: '没有找到。',
    invalid: '查找内容为空或表达式无效。',
    listed: '列出前 {{count}} 处',
    replaceOne: '替换',
    replaceAll: '全部替换',
    replacedAll: '已替换 {{count}} 处，可一次撤销。',
    close: '关闭查找',
  },
  error: {
    analysis: '自动分析没有完成，校对项可能不是最新的。',
    autosave: '自动保存没有成功，修改仍在编辑器中，稍后会再试。',
  },
} as const;

/** The Proofread screen's strings in zh-CN. */
export default proofread;
