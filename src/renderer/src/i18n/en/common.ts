/** Interface strings shared by every screen (English). */
import type zhCommon from '../zh-CN/common';
import type { Strings } from '../types';
import { KIND_NAMES } from '../../../../core/kind-names';

const common: Strings<typeof zhCommon> = {
  app: {
    title: 'Galley',
    subtitle: '校样台',
  },
  menu: {
    label: 'Menu bar',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    findings: 'Findings',
    help: 'Help',
  },
  command: {
    file: {
      import: 'Import drafts…',
      save: 'Save version…',
      export: 'Export…',
      print: 'Print proof (PDF)…',
      settings: 'Settings…',
    },
    edit: {
      undo: 'Undo',
      redo: 'Redo',
      find: 'Find…',
      replace: 'Replace…',
    },
    view: {
      library: 'Library',
      proofread: 'Proofread',
      versions: 'Versions',
      rules: 'Rules',
      original: 'Show original',
      scan: 'Show page scan',
      language: 'Switch language (中文 / English)',
      focusFindings: 'Move focus between text and findings',
      zoomIn: 'Larger text',
      zoomOut: 'Smaller text',
      zoomReset: 'Default text size',
    },
    help: {
      shortcuts: 'Keyboard shortcuts',
    },
    findings: {
      next: 'Next finding',
      previous: 'Previous finding',
      accept: 'Accept',
      reject: 'Reject',
      acceptKind: 'Accept all of this kind',
      rejectKind: 'Reject all of this kind',
      acceptSafe: 'Accept every safe fix…',
    },
  },
  screen: {
    library: 'Library',
    proofread: 'Proofread',
    versions: 'Versions',
    rules: 'Rules',
    settings: 'Settings',
  },
  language: {
    label: 'Interface language',
    'zh-CN': '中文',
    en: 'English',
  },
  /** Finding kinds: the names core gives them, so the app and exported reports agree. */
  kind: KIND_NAMES.en,
  confidence: {
    safe: 'Safe fix',
    suggest: 'Suggestion',
  },
  action: {
    ok: 'OK',
    cancel: 'Cancel',
    close: 'Close',
    dismiss: 'Dismiss',
  },
  shortcut: {
    tooltip: '{{label}} ({{keys}})',
  },
  print: {
    working: 'Printing the proof sheet to PDF…',
    done: 'Proof sheet saved as {{file}}.',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    local: {
      library: {
        title: 'Library',
        keys: [
          'Search',
          'Edit issue details',
          'Open (in the trash: restore)',
          'Move to trash',
          'Import drafts',
        ],
      },
      proofread: { title: 'Findings list', keys: ['Previous / next finding', 'Leave the list'] },
      versions: {
        title: 'Versions',
        keys: [
          'Choose a version',
          'Compare from (A)',
          'Compare to (B)',
          'Compare with the one before',
          'Restore this version',
        ],
      },
      rules: { title: 'Rules', keys: ['New rule', 'Save the rule'] },
      dialogs: { title: 'Dialogs', keys: ['Confirm', 'Cancel and close'] },
    },
  },
  error: {
    unknown: 'That did not work. Please try again.',
    noBridge: 'Cannot reach the background service.',
  },
  progress: {
    working: 'Working…',
    percent: '{{percent}}%',
  },
  placeholder: {
    pending: 'This screen is being built.',
  },
};

/** The shared strings in English. */
export default common;
