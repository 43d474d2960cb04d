/** Strings of the versions screen (English); mirrors ../zh-CN/versions.ts key for key. */
import type zh from '../zh-CN/versions';
import type { Strings } from '../types';

const versionsStrings: Strings<typeof zh> = {
  title: 'Versions',
  noIssue: 'No issue is open. Open one in the library first.',
  openLibrary: 'Open the library',
  timeline: {
    label: 'Version timeline',
    count_one: '{{count}} version',
    count_other: '{{count}} versions',
    number: 'Version {{number}}',
    noMessage: '(no message)',
    unknownAuthor: 'unsigned',
    findings: '{{count}} open',
    head: 'latest',
  },
  origin: {
    imported: 'Imported',
    cleaned: 'Cleaned',
    edited: 'Edited',
    restored: 'Restored',
    recovered: 'Recovered',
  },
  pick: {
    old: 'Set as old version A',
    new: 'Set as new version B',
    oldShort: 'A',
    newShort: 'B',
  },
  compare: {
    label: 'Comparison',
    heading: 'Comparing {{old}} → {{new}}',
    same: 'Pick two different versions to compare.',
    single: 'This issue has only one version, so there is nothing to compare yet.',
    identical: 'The two versions have exactly the same text.',
    loading: 'Comparing…',
    sideBySide: 'Side by side',
    inline: 'Inline',
    mode: 'View',
    previous: 'Previous change',
    next: 'Next change',
    position: 'Change {{current}} of {{total}}',
    positionNone_one: '{{count}} change',
    positionNone_other: '{{count}} changes',
    coarse: 'Some paragraphs differ too much and are shown as whole sentences or paragraphs.',
    oldSide: 'Old {{label}}',
    newSide: 'New {{label}}',
  },
  counts: {
    added: '{{count}} added',
    removed: '{{count}} removed',
    changed: '{{count}} changed',
    moved: '{{count}} moved',
    inserted_one: '{{count}} char inserted',
    inserted_other: '{{count}} chars inserted',
    deleted_one: '{{count}} char deleted',
    deleted_other: '{{count}} chars deleted',
  },
  row: {
    fold: '… {{count}} unchanged paragraphs',
    foldHint: 'Click or press Enter to expand',
    movedFrom: 'Moved from paragraph {{from}} to {{to}}',
    added: 'Added paragraph',
    removed: 'Removed paragraph',
    paragraph: 'Paragraph {{number}}',
  },
  round: {
    names: ['Round 1', 'Round 2', 'Round 3'],
    nth: 'Round {{round}}',
    action: 'End {{round}} here',
    done: 'Version {{number}} ends {{round}}; the correction report lists who accepted and rejected what in each round.',
  },
  restore: {
    action: 'Restore this version…',
    title: 'Restore version',
    body: 'Create a new version with the text of version {{number}}? Every existing version is kept.',
    confirm: 'Restore',
    done: 'Restored version {{number}} as version {{created}}.',
    isHead: 'This is already the latest version.',
  },
  keys: {
    timeline: '↑↓ select   A old   B new   R restore',
    compare: '{{next}} / N next   {{previous}} / P previous   I side by side / inline',
  },
};

export default versionsStrings;
