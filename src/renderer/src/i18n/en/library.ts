/** Strings of the library screen (English); mirrors ../zh-CN/library.ts key for key. */
import type zh from '../zh-CN/library';
import type { Strings } from '../types';

const libraryStrings: Strings<typeof zh> = {
  title: 'Library',
  trashTitle: 'Trash',
  search: {
    label: 'Search issues',
    placeholder: 'Search title, publication, file, date…',
    hint: 'Press / to search',
  },
  filter: {
    status: 'Status',
    publication: 'Publication',
    allStatuses: 'All statuses',
    allPublications: 'All publications',
  },
  status: {
    imported: 'Imported',
    'in-progress': 'In progress',
    cleaned: 'Cleaned',
  },
  column: {
    title: 'Title',
    publication: 'Publication',
    date: 'Issue date',
    status: 'Status',
    openFindings: 'Open',
    lastEdit: 'Last edit',
    versions: 'Versions',
  },
  sort: {
    ascending: 'ascending',
    descending: 'descending',
  },
  action: {
    import: 'Import drafts…',
    open: 'Open',
    trash: 'Move to trash',
    restore: 'Restore',
    edit: 'Edit details',
    showTrash: 'Trash',
    showLibrary: 'Back to library',
  },
  untitled: '(untitled)',
  count: '{{shown}} of {{total}} issues',
  empty: {
    library: 'The library is empty. Click “Import drafts…” or drop files here.',
    trash: 'The trash is empty.',
    filtered: 'No issue matches.',
  },
  drop: {
    overlay_one: 'Drop to import {{count}} file',
    overlay_other: 'Drop to import {{count}} files',
    overlayUnknown: 'Drop to import',
    tooLarge: 'The file is {{size}}, over the {{limit}} limit.',
    empty: 'The file is empty.',
    unreadable: 'The file could not be read.',
  },
  progress: {
    label: 'Importing {{done}} / {{total}}: {{name}}',
  },
  result: {
    imported_one: 'Imported {{count}} issue.',
    imported_other: 'Imported {{count}} issues.',
    failedTitle_one: '{{count}} file was not imported',
    failedTitle_other: '{{count}} files were not imported',
    failedItem: '{{name}}: {{reason}}',
    dismiss: 'Close',
  },
  confirmTrash: {
    title: 'Move to trash',
    body: 'Move “{{title}}” to the trash? Every version is kept, and you can restore it from the trash at any time.',
    confirm: 'Move to trash',
  },
  fulltext: {
    title: 'In the texts, “{{query}}”: {{issues}} issues, {{places}} places',
    count_one: '{{count}} place',
    count_other: '{{count}} places',
  },
  details: {
    heading: 'Issue details',
    field: { title: 'Title', publication: 'Publication', date: 'Date', edition: 'Edition' },
    save: 'Save',
    saved: 'Saved the details of “{{title}}”.',
    badDate:
      '“{{date}}” is not a date: write it as YYYY-MM-DD (e.g. 2020-03-05), or leave it empty.',
    history_one: 'Changes ({{count}})',
    history_other: 'Changes ({{count}})',
  },
  trashed: 'Moved “{{title}}” to the trash.',
  restored: 'Restored “{{title}}” from the trash.',
  keys: {
    label: 'Keyboard',
    help: '↑↓ select   Enter open   F2 edit details   Delete trash   {{import}} import   / search',
    helpTrash: '↑↓ select   Enter restore   / search',
  },
};

export default libraryStrings;
