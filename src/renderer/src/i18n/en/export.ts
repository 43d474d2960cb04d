/** Strings of the export dialog (English); mirrors ../zh-CN/export.ts key for key. */
import type zh from '../zh-CN/export';
import type { Strings } from '../types';

const exportStrings: Strings<typeof zh> = {
  title: 'Export',
  version: 'Version',
  versionOption: 'v{{number}} · {{origin}} · {{message}}',
  head: '(latest)',
  formats: 'Formats',
  format: {
    txt: { name: 'Plain text .txt', hint: 'The proofread text, UTF-8.' },
    md: { name: 'Markdown .md', hint: 'Headlines and paragraphs as Markdown.' },
    html: { name: 'Web page .html', hint: 'A clean, readable page.' },
    docx: {
      name: 'Word .docx (tracked changes)',
      hint: 'Changes from the imported draft as Word tracked changes, to review in Word or WPS.',
    },
    json: {
      name: 'JSON .json',
      hint: 'The issue as articles: headline, deck, byline, paragraphs.',
    },
    'report-html': {
      name: 'Correction report .html',
      hint: 'Every change: kind, before, after, where.',
    },
    'report-csv': { name: 'Correction report .csv', hint: 'The same report, for a spreadsheet.' },
    'proof-html': {
      name: 'Proof sheet .html (print / save as PDF)',
      hint: 'A4 pages: changes marked and numbered in the text, explained in the margin; print or save as PDF.',
    },
    alto: {
      name: 'ALTO .alto.xml (written back)',
      hint: 'The imported ALTO file with every word corrected and every coordinate kept.',
    },
    page: {
      name: 'PAGE-XML .page.xml (written back)',
      hint: 'The imported PAGE file with every word corrected and every coordinate kept.',
    },
    hocr: {
      name: 'hOCR .hocr (written back)',
      hint: 'The imported hOCR file with every word corrected and every coordinate kept.',
    },
  },
  none: 'Choose at least one format.',
  action: {
    export: 'Export…',
    exporting: 'Exporting…',
    close: 'Close',
    again: 'Export again',
  },
  chooseFolder: 'You will choose the folder next.',
  cancelled: 'Export cancelled; no file was written.',
  done: {
    title_one: 'Exported {{count}} file',
    title_other: 'Exported {{count}} files',
    folder: 'Saved in: {{folder}}',
  },
  keys: 'Space toggle format   Enter export   Esc close',
};

export default exportStrings;
