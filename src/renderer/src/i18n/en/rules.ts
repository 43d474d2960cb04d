/** Strings of the Rules screen (English); mirrors ../zh-CN/rules.ts. */
import type zh from '../zh-CN/rules';
import type { Strings } from '../types';

const rulesStrings: Strings<typeof zh> = {
  title: 'Rules',
  count_one: '{{count}} rule in this workspace',
  count_other: '{{count}} rules in this workspace',
  readOnly: 'The workspace is open read-only; rules cannot be changed.',
  damaged:
    'The rule file rules.json is damaged; the default rules apply meanwhile. Saving any rule backs up the old file first.',
  tab: {
    replacement: 'Replacements',
    protected: 'Protected terms',
    formulation: 'Formulations',
  },
  tabHint: {
    replacement:
      'Wrong form → right form: the OCR’s usual confusions (己/已, 末/未) and house style (其它 → 其他).',
    protected: 'Names and terms no check may ever change.',
    formulation:
      'Standard phrases that must be exact; a character missing, extra or swapped proposes the exact phrase.',
  },
  search: {
    label: 'Search the rules',
    placeholder: 'Search the rules (/)',
  },
  list: {
    label: 'Rule list',
    empty: 'No rules yet. Add one with “New rule”, or import a CSV or JSON file.',
    noMatch: 'No rule matches the search.',
    builtIn: 'built-in',
    regex: 'regex',
    word: 'whole word',
    safe: 'safe fix',
    new: 'New rule',
  },
  starter: {
    label: 'Use the built-in formulations ({{count}})',
    hint: 'The built-in phrases ship with Galley and cannot be edited; turned off, only this workspace’s own apply.',
  },
  form: {
    newTitle: 'New rule',
    editTitle: 'Edit rule',
    builtInTitle: 'Built-in formulation',
    builtInHint:
      'Built-in phrases cannot be edited or deleted; to use another wording, add a formulation of your own.',
    find: 'Wrong form',
    findRegex: 'Regular expression',
    findPlaceholder: 'e.g. 己经',
    replace: 'Right form',
    replacePlaceholder: 'e.g. 已经',
    replaceRegexHint: '$1, $2 refer to the bracketed groups.',
    term: 'Protected term',
    termPlaceholder: 'e.g. 许珂',
    phrase: 'Formulation',
    phrasePlaceholder: 'e.g. 决胜全面建成小康社会',
    note: 'Note',
    notePlaceholder: 'Why the rule exists (shown with each finding)',
    regex: 'Match as a regular expression',
    scope: 'Scope',
    scopeCjk: 'Anywhere (Chinese)',
    scopeWord: 'Whole English words',
    safe: 'Safe fix (applied by an automatic clean)',
    save: 'Save',
    add: 'Add',
    reset: 'Revert',
    delete: 'Delete…',
    saved: 'Rule saved.',
    added: 'Rule added.',
  },
  confirmDelete: {
    title: 'Delete rule',
    body: 'Delete the rule “{{rule}}”? Proofreading will no longer use it.',
    confirm: 'Delete',
    done: 'Rule deleted.',
  },
  test: {
    title: 'Try it',
    run: 'Try the rule',
    onIssue: 'Open issue',
    onText: 'Some text',
    noIssue: 'No issue is open',
    textLabel: 'Text to try',
    textPlaceholder: 'Paste some text to see where the rule hits',
    found_one: '{{count}} hit in {{where}}',
    found_other: '{{count}} hits in {{where}}',
    foundMore: 'More than {{count}} hits in {{where}}; the first {{count}} are listed',
    none: 'No hit in {{where}}.',
    theText: 'the text',
    unchanged: 'unchanged',
    stale: 'The rule changed; try it again.',
  },
  file: {
    import: 'Import…',
    importMode: 'Import mode',
    merge: 'Merge into the current rules',
    replace: 'Replace all rules',
    exportCsv: 'Export CSV…',
    exportJson: 'Export JSON…',
    imported: 'Imported “{{file}}”: {{added}} added, {{updated}} updated, {{removed}} removed.',
    exported: 'Exported {{count}} rules to {{path}}.',
  },
  keys: '/ search   ↑↓ choose a rule   Enter edit   Delete remove   Alt+N new   Ctrl+Enter save   Alt+T try',
};

export default rulesStrings;
