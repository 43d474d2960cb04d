/**
 * The messages Galley writes on versions it makes (an import, a clean, a restore, a recovery), as
 * data: a code and its parameters, worded in the interface's language when shown. Versions saved
 * before notes existed carry only an English message; `noteOfMessage` reads those back, so old
 * messages are worded in the interface's language too.
 */
import type { Locale } from '../core/finding';

/** The kinds of message Galley writes. */
export const VERSION_NOTE_CODES = ['imported', 'cleaned', 'restored', 'recovered'] as const;
export type VersionNoteCode = (typeof VERSION_NOTE_CODES)[number];

/** A message as data: `imported {file}`, `cleaned {count}`, `restored {number}`, `recovered {file}`. */
export interface VersionNote {
  readonly code: VersionNoteCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const WORDING: Record<VersionNoteCode, Record<Locale, (p: VersionNote['params']) => string>> = {
  imported: {
    'zh-CN': (p) => `导入 ${p.file}`,
    en: (p) => `Imported ${p.file}`,
  },
  cleaned: {
    'zh-CN': (p) => `采纳 ${p.count} 处安全修改`,
    en: (p) => `Applied ${p.count} safe fix${p.count === 1 ? '' : 'es'}`,
  },
  restored: {
    'zh-CN': (p) => `恢复为第 ${p.number} 版`,
    en: (p) => `Restored version ${p.number}`,
  },
  recovered: {
    'zh-CN': (p) => `索引损坏后从 ${p.file} 找回`,
    en: (p) => `Recovered from ${p.file} after the index was damaged`,
  },
};

/** The note's sentence in `locale`. */
export function wordNote(note: VersionNote, locale: Locale): string {
  return WORDING[note.code][locale](note.params);
}

/** The English message stored beside a note (what the CLI and older Galleys show). */
export function englishMessage(note: VersionNote): string {
  return wordNote(note, 'en');
}

const LEGACY: readonly [RegExp, (m: RegExpExecArray) => VersionNote][] = [
  [/^Imported (.+)$/s, (m) => ({ code: 'imported', params: { file: m[1] } })],
  [
    /^Applied (\d+) safe fix(?:es)?$/,
    (m) => ({ code: 'cleaned', params: { count: Number(m[1]) } }),
  ],
  [/^Restored version (\d+)$/, (m) => ({ code: 'restored', params: { number: Number(m[1]) } })],
  [
    /^Recovered from (.+) after the index was damaged$/s,
    (m) => ({ code: 'recovered', params: { file: m[1] } }),
  ],
];

/** The note an English message of an older Galley stands for, or undefined for an editor's own. */
export function noteOfMessage(message: string): VersionNote | undefined {
  for (const [pattern, note] of LEGACY) {
    const match = pattern.exec(message);
    if (match) return note(match);
  }
  return undefined;
}

/**
 * A version's message in `locale`: its note worded, else an older Galley's English message read
 * back as a note, else the editor's own message as typed.
 */
export function versionMessage(
  version: { readonly message: string; readonly note?: VersionNote },
  locale: Locale,
): string {
  const note = version.note ?? noteOfMessage(version.message);
  return note ? wordNote(note, locale) : version.message;
}
