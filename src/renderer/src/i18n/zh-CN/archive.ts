/** Strings of the archive-repeat panel: an earlier issue beside the text (zh-CN, the reference language). */
const archiveStrings = {
  open: '对照前期',
  openTitle: '在旁边打开前期稿件中的这一段',
  title: '前期稿件',
  loading: '正在读取前期稿件…',
  issue: '{{title}}',
  meta: '{{publication}} · {{date}} · 第 {{paragraph}} 段（共 {{total}} 段）',
  noDate: '日期未知',
  trashed: '该期稿件在回收站中。',
  olderVersion: '这是第 {{number}} 版；该期稿件此后又有修改。',
  close: '关闭',
  markBoilerplate: '标为固定内容',
  markHint: '报头、天气预报、常设栏目等每期都会出现的段落，标记后不再提示重稿。',
  marked: '已标为固定内容，以后不再提示此段重稿。',
} as const;

export default archiveStrings;
