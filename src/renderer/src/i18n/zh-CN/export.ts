/** Strings of the export dialog (zh-CN, the reference language). */
const exportStrings = {
  title: '导出',
  version: '版本',
  versionOption: 'v{{number}} · {{origin}} · {{message}}',
  head: '（最新）',
  formats: '格式',
  format: {
    txt: { name: '纯文本 .txt', hint: '校对后的全文，UTF-8 编码。' },
    md: { name: 'Markdown .md', hint: '标题、段落按 Markdown 排列。' },
    html: { name: '网页 .html', hint: '一份干净、易读的网页。' },
    docx: {
      name: 'Word .docx（修订）',
      hint: '相对导入稿的改动以 Word 修订记录呈现，可在 Word 或 WPS 中逐条审阅。',
    },
    json: { name: 'JSON .json', hint: '按稿件拆分：标题、副题、署名、段落。' },
    'report-html': { name: '校对报告 .html', hint: '每一处改动：类型、改前、改后、位置。' },
    'report-csv': { name: '校对报告 .csv', hint: '同一报告，可用表格软件打开。' },
    'proof-html': {
      name: '校样 .html（可打印 / 存为 PDF）',
      hint: 'A4 版面：改动在正文中标出并编号，页边逐条说明；打印或存为 PDF。',
    },
    alto: {
      name: 'ALTO .alto.xml（写回原文件）',
      hint: '导入的 ALTO 文件，每个词换成校对后的文字，坐标全部保留。',
    },
    page: {
      name: 'PAGE-XML .page.xml（写回原文件）',
      hint: '导入的 PAGE 文件，每个词换成校对后的文字，坐标全部保留。',
    },
    hocr: {
      name: 'hOCR .hocr（写回原文件）',
      hint: '导入的 hOCR 文件，每个词换成校对后的文字，坐标全部保留。',
    },
  },
  none: '请至少选择一种格式。',
  action: {
    export: '导出…',
    exporting: '正在导出…',
    close: '关闭',
    again: '再次导出',
  },
  chooseFolder: '接下来请选择保存的文件夹。',
  cancelled: '已取消导出，没有写入任何文件。',
  done: {
    title_one: '已导出 {{count}} 个文件',
    title_other: '已导出 {{count}} 个文件',
    folder: '保存位置：{{folder}}',
  },
  keys: '空格 勾选格式　Enter 导出　Esc 关闭',
} as const;

export default exportStrings;
