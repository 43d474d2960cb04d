/** Strings of the settings screen (English); mirrors ../zh-CN/settings.ts key for key. */
import type zh from '../zh-CN/settings';
import type { Strings } from '../types';

const settingsStrings: Strings<typeof zh> = {
  title: 'Settings',
  saved: 'Settings saved.',
  language: {
    title: 'Interface language',
    hint: 'Takes effect at once.',
  },
  detectors: {
    title: 'Checks',
    hint: 'A check that is off marks nothing; decisions already taken are kept.',
    on: 'On',
    off: 'Off',
    allOn: 'Turn all on',
    count: '{{on}} of {{total}} checks on',
  },
  kindHint: {
    'duplicate-paragraph':
      'A paragraph printed twice in one issue, including near repeats with a few OCR errors.',
    'broken-paragraph': 'One paragraph cut by a column or page break and printed as two.',
    hyphenation: 'An English word split by a hyphen at a line or page end (inter-national).',
    'repeated-phrase': 'Words written twice in a row (“in the in the”).',
    'stray-space':
      'Spaces Chinese typesetting does not set: between Han characters, beside Chinese punctuation, around brackets.',
    'punctuation-width': 'Half-width , : ; ( ) ? ! in Chinese text, which takes full-width marks.',
    'jump-line': 'Continuation lines of the printed page (“Continued on page 3”).',
    'reading-order': 'Headline parts the OCR read in the wrong order.',
    rule: 'The workspace rules: wrong forms from the replacement list (OCR confusions, house style).',
    formulation:
      'A standard formulation off by a character (missing, extra, swapped); proposes the exact phrase.',
    'archive-repeat': 'A paragraph or article that already ran in another issue of the workspace.',
    misreading:
      'A character or word the OCR read as another of similar shape (“tho” for “the”, 末来 for 未来).',
    'low-confidence':
      'A word the OCR engine itself was unsure of (its confidence in the ALTO, PAGE or hOCR file is below 80%): check it against the scan.',
  },
  author: {
    title: 'Signature',
    label: 'Author name',
    hint: 'Used when saving versions and in Word tracked changes.',
    placeholder: 'e.g. Jane Editor',
    save: 'Save',
  },
  keys: 'Tab move between options   Space toggle   Enter save the name',
};

export default settingsStrings;
