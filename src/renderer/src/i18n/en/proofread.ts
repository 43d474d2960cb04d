/** Strings of the Proofread screen (English). */
import type zh from '../zh-CN/proofread';
import type { Strings } from '../types';

const proofread: Strings<typeof zh> = {
  empty: {
    title: 'No issue open',
    hint: 'Choose an issue in the library to start proofreading.',
    open: 'Open the library',
  },
  opening: 'Opening the issue…',
  analysing: 'Analysing…',
  editorLabel: 'Text being proofread',
  original: {
    label: 'Imported original (read-only)',
    title: 'Original',
  },
  scan: {
    label: 'Page scan',
    title: 'Scan',
    zoom: 'Zoom',
    fit: 'Fit',
    noCoordinates:
      'This issue was not imported from ALTO, PAGE-XML or hOCR, so it has no page coordinates.',
    noScan: 'No scan of this page yet: drop the image (PNG, JPEG or TIFF) here, or choose it.',
    choose: 'Choose scan…',
    chooseTitle: 'Choose the scan of this page (PNG, JPEG or TIFF)',
  },
  header: {
    unsaved: 'Unsaved',
    saved: 'Saved',
    save: 'Save',
    find: 'Find & replace',
    original: 'Original',
    scan: 'Scan',
  },
  panel: {
    title: 'Findings',
    total: '{{count}}',
    empty: 'No open findings.',
    showMore: 'Show {{count}} more',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    toggle: 'Expand or collapse “{{kind}}”',
    acceptSafe: 'Accept every safe fix',
  },
  series: {
    places: '{{count}} ×',
    lowest: 'OCR as low as {{percent}}%',
    confidence: 'OCR {{percent}}%',
    toggle: 'Expand or collapse the series “{{from}} → {{to}}”',
    accept: 'Accept series',
    acceptTitle: 'Accept every place of this series (previewed first)',
    correct: 'This word is correct',
    correctTitle: 'Add “{{form}}” to the workspace’s protected terms so it is never flagged again',
    correctNote: 'Marked correct while proofreading',
    protected: '“{{form}}” is now a protected term; it will not be flagged again.',
    more: 'Show {{count}} more series',
  },
  batch: {
    titleAccept: 'Accept every “{{kind}}”?',
    titleReject: 'Reject every “{{kind}}”?',
    titleSafe: 'Accept every safe fix?',
    titleSeries: 'Accept the whole series “{{from}} → {{to}}”?',
    summary:
      '{{count}} findings in {{paragraphs}} paragraphs; {{removed}} characters deleted, {{inserted}} inserted.',
    net: 'The text will be {{count}} characters shorter.',
    places: 'The first {{count}}:',
    confirmAccept: 'Accept {{count}}',
    confirmReject: 'Reject {{count}}',
    running: 'Accepting…',
    accepted: 'Accepted {{count}} · {{undo}} to undo',
    rejected: 'Rejected {{count}} · {{undo}} to undo',
    nothing: 'Nothing to decide.',
  },
  item: {
    accept: 'Accept',
    reject: 'Reject',
    lineBreaks: 'remove {{count}} line breaks',
  },
  status: {
    characters: 'Characters',
    paragraphs: 'Paragraphs',
    findings: 'Findings left',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    saved: 'All saved',
  },
  save: {
    title: 'Save version',
    message: 'Message (optional)',
    placeholder: 'e.g. joined broken paragraphs, dropped the duplicate',
    confirm: 'Save',
    done: 'Saved as version {{number}}.',
  },
  recovery: {
    text: 'Found changes autosaved at {{time}} that were never saved as a version.',
    recover: 'Recover them',
    discard: 'Discard',
    recovered: 'The autosaved changes are back.',
    discarded: 'The autosaved changes were discarded.',
  },
  find: {
    title: 'Find and replace',
    search: 'Find',
    replace: 'Replace with',
    caseSensitive: 'Match case',
    regexp: 'Regular expression',
    wholeWord: 'Whole word',
    count: '{{count}} found',
    none: 'Nothing found.',
    invalid: 'The search is empty or not a valid expression.',
    listed: 'first {{count}} listed',
    replaceOne: 'Replace',
    replaceAll: 'Replace all',
    replacedAll: 'Replaced {{count}}; one undo takes it back.',
    close: 'Close find',
  },
  ruleStopped:
    'The rule “{{find}}” ran {{seconds}} s without finishing, so it was stopped and switched off (catastrophic backtracking, most likely). Edit it under Rules to use it again.',
  error: {
    analysis: 'The analysis did not finish; the findings may be out of date.',
    autosave: 'Autosave failed. Your changes are still in the editor; it will try again.',
  },
  navigation: {
    wrappedFirst: 'Back at the first finding (wrapped from the end of the text).',
    wrappedLast: 'Back at the last finding (wrapped from the start of the text).',
  },
};

/** The Proofread screen's strings in English. */
export default proofread;
