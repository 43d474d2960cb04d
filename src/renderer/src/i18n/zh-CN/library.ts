/** Strings of the library screen (zh-CN, the reference language). */
const libraryStrings = {
  title: '稿件库',
  trashTitle: '回收站',
  search: {
    label: '搜索稿件',
    placeholder: '搜索标题、报名、文件名、日期…',
    hint: '按 / 聚焦搜索框',
  },
  filter: {
    status: '状态',
    publication: '报刊',
    allStatuses: '全部状态',
    allPublications: '全部报刊',
  },
  status: {
    imported: '已导入',
    'in-progress': '校对中',
    cleaned: '已清理',
  },
  column: {
    title: '标题',
    publication: '报刊',
    date: '出版日期',
    status: '状态',
    openFindings: '待处理',
    lastEdit: '最后修改',
    versions: '版本',
  },
  sort: {
    ascending: '升序',
    descending: '降序',
  },
  action: {
    import: '导入稿件…',
    open: '打开',
    trash: '移入回收站',
    restore: '恢复',
    edit: '编辑信息',
    showTrash: '回收站',
    showLibrary: '返回稿件库',
  },
  untitled: '（无标题）',
  count: '共 {{shown}} 期，总计 {{total}} 期',
  empty: {
    library: '稿件库是空的。点击“导入稿件…”或把文件拖到这里。',
    trash: '回收站是空的。',
    filtered: '没有符合条件的稿件。',
  },
  drop: {
    overlay_one: '松开鼠标即可导入 {{count}} 个文件',
    overlay_other: '松开鼠标即可导入 {{count}} 个文件',
    overlayUnknown: '松开鼠标即可导入',
    tooLarge: '文件大小 {{size}}，超过了 {{limit}} 的上限。',
    empty: '这是一个空文件。',
    unreadable: '无法读取这个文件。',
  },
  progress: {
    label: '正在导入 {{done}} / {{total}}：{{name}}',
  },
  result: {
    imported_one: '已导入 {{count}} 期稿件。',
    imported_other: '已导入 {{count}} 期稿件。',
    failedTitle_one: '{{count}} 个文件未能导入',
    failedTitle_other: '{{count}} 个文件未能导入',
    failedItem: '{{name}}：{{reason}}',
    dismiss: '关闭',
  },
  confirmTrash: {
    title: '移入回收站',
    body: '把“{{title}}”移入回收站吗？它的所有版本都会保留，可以随时从回收站恢复。',
    confirm: '移入回收站',
  },
  fulltext: {
    title: '正文中含“{{query}}”：{{issues}} 期，共 {{places}} 处',
    count_one: '{{count}} 处',
    count_other: '{{count}} 处',
  },
  details: {
    heading: '稿件信息',
    field: { title: '标题', publication: '报刊', date: '出版日期', edition: '版次' },
    save: '保存',
    saved: '已保存“{{title}}”的稿件信息。',
    badDate: '“{{date}}”不是日期，请写成 YYYY-MM-DD（如 2020-03-05），不知道就留空。',
    history_one: '修改记录（{{count}} 次）',
    history_other: '修改记录（{{count}} 次）',
  },
  trashed: '已把“{{title}}”移入回收站。',
  restored: '已从回收站恢复“{{title}}”。',
  keys: {
    label: '键盘',
    help: '↑↓ 选择　Enter 打开　F2 编辑信息　Delete 移入回收站　{{import}} 导入　/ 搜索',
    helpTrash: '↑↓ 选择　Enter 恢复　/ 搜索',
  },
} as const;

export default libraryStrings;
