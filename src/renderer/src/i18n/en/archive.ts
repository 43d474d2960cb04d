/** Strings of the archive-repeat panel (English); mirrors ../zh-CN/archive.ts key for key. */
import type zh from '../zh-CN/archive';
import type { Strings } from '../types';

const archiveStrings: Strings<typeof zh> = {
  open: 'Earlier issue',
  openTitle: 'Open this paragraph of the earlier issue beside the text',
  title: 'Earlier issue',
  loading: 'Reading the earlier issue…',
  issue: '{{title}}',
  meta: '{{publication}} · {{date}} · paragraph {{paragraph}} of {{total}}',
  noDate: 'date unknown',
  trashed: 'That issue is in the trash.',
  olderVersion: 'This is version {{number}}; the issue has changed since.',
  close: 'Close',
  markBoilerplate: 'Mark as boilerplate',
  markHint:
    'Paragraphs every issue prints (masthead, weather, standing columns): once marked, never flagged as repeats again.',
  marked: 'Marked as boilerplate; this paragraph will not be flagged as a repeat again.',
};

export default archiveStrings;
