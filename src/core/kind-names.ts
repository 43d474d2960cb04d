/**
 * The names of the finding kinds as editors read them, in every interface language: the one
 * table behind the app's findings panel and settings and the exported correction report.
 */
import type { FindingKind, Locale } from './finding';

export const KIND_NAMES = {
  'zh-CN': {
    'duplicate-paragraph': '重复段落',
    'broken-paragraph': '断段',
    hyphenation: '断字连字符',
    'repeated-phrase': '词语重复',
    'stray-space': '多余空格',
    'punctuation-width': '标点全半角',
    'jump-line': '转版提示',
    'reading-order': '标题语序',
    rule: '校对规则',
    formulation: '规范提法',
    'archive-repeat': '重稿',
    misreading: '误识字词',
    'low-confidence': 'OCR 低置信',
  },
  en: {
    'duplicate-paragraph': 'Duplicate paragraph',
    'broken-paragraph': 'Broken paragraph',
    hyphenation: 'Hyphenation',
    'repeated-phrase': 'Repeated phrase',
    'stray-space': 'Stray space',
    'punctuation-width': 'Punctuation width',
    'jump-line': 'Jump line',
    'reading-order': 'Reading order',
    rule: 'Rule',
    formulation: 'Standard formulation',
    'archive-repeat': 'Archive repeat',
    misreading: 'Misreading',
    'low-confidence': 'Low OCR confidence',
  },
} as const satisfies Readonly<Record<Locale, Readonly<Record<FindingKind, string>>>>;
