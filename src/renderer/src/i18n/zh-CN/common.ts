/** Interface strings shared by every screen (zh-CN, the reference language). */
import { KIND_NAMES } from '../../../../core/kind-names';

const common = {
  app: {
    title: '校样台',
    subtitle: 'Galley',
  },
  menu: {
    label: '菜单栏',
    file: '文件',
    edit: '编辑',
    view: '视图',
    findings: '校对项',
    help: '帮助',
  },
  command: {
    file: {
      import: '导入稿件…',
      save: '保存版本…',
      export: '导出…',
      print: '打印校样（PDF）…',
      settings: '设置…',
    },
    edit: {
      undo: '撤销',
      redo: '重做',
      find: '查找…',
      replace: '替换…',
    },
    view: {
      library: '稿件库',
      proofread: '校对',
      versions: '版本',
      rules: '校对规则',
      original: '显示原稿',
      scan: '显示版面扫描',
      language: '切换语言（中文 / English）',
      focusFindings: '在正文与校对项之间切换焦点',
      zoomIn: '放大文字',
      zoomOut: '缩小文字',
      zoomReset: '文字恢复默认大小',
    },
    help: {
      shortcuts: '快捷键一览',
    },
    findings: {
      next: '下一处',
      previous: '上一处',
      accept: '采纳',
      reject: '不采纳',
      acceptKind: '采纳本类全部',
      rejectKind: '不采纳本类全部',
      acceptSafe: '采纳全部安全修改…',
    },
  },
  screen: {
    library: '稿件库',
    proofread: '校对',
    versions: '版本',
    rules: '规则',
    settings: '设置',
  },
  language: {
    label: '界面语言',
    'zh-CN': '中文',
    en: 'English',
  },
  /** Finding kinds: the names core gives them, so the app and exported reports agree. */
  kind: KIND_NAMES['zh-CN'],
  confidence: {
    safe: '可自动修正',
    suggest: '建议',
  },
  action: {
    ok: '确定',
    cancel: '取消',
    close: '关闭',
    dismiss: '知道了',
  },
  shortcut: {
    tooltip: '{{label}}（{{keys}}）',
  },
  print: {
    working: '正在生成校样 PDF…',
    done: '校样已存为 {{file}}。',
  },
  shortcuts: {
    title: '快捷键一览',
    local: {
      library: {
        title: '稿件库',
        keys: ['聚焦搜索框', '编辑稿件信息', '打开（回收站中：恢复）', '移入回收站', '导入稿件'],
      },
      proofread: { title: '校对项列表', keys: ['上一处 / 下一处', '离开列表'] },
      versions: {
        title: '版本',
        keys: [
          '选择版本',
          '设为比较的旧版（A）',
          '设为比较的新版（B）',
          '与上一版比较',
          '恢复此版本',
        ],
      },
      rules: { title: '规则', keys: ['新建规则', '保存规则'] },
      dialogs: { title: '对话框', keys: ['确认', '取消并关闭'] },
    },
  },
  error: {
    unknown: '操作没有完成，请再试一次。',
    noBridge: '无法连接到后台服务。',
  },
  progress: {
    working: '正在处理…',
    percent: '{{percent}}%',
  },
  placeholder: {
    pending: '此页面正在建设中。',
  },
} as const;

/** The shared strings in zh-CN. */
export default common;
