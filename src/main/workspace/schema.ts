/**
 * The index's schema (current version) and the sidecar record's schema, validated with zod on
 * every open. Older schemas live in `migrations.ts` and are upgraded on read.
 *
 * Times are ISO 8601 strings in UTC. Sizes are bytes of the UTF-8 text. `sha256` is lowercase
 * hex of those bytes.
 */
import { z } from 'zod';
import { VERSION_NOTE_CODES } from '../../shared/version-note';

/** The schema version this code writes. */
export const SCHEMA_VERSION = 3;

/** How a version came to be. `recovered`: rebuilt from files after the index was damaged. */
export const VERSION_ORIGINS = ['imported', 'cleaned', 'edited', 'restored', 'recovered'] as const;
export type VersionOrigin = (typeof VERSION_ORIGINS)[number];

export const DECISIONS = ['accepted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

const id = z.string().regex(/^[0-9a-z]{4,32}$/, 'an id of 4-32 lowercase letters and digits');
const iso = z.iso.datetime({ offset: true });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lowercase hex');
const count = z.number().int().nonnegative();

/** A message Galley writes, as a code and its parameters (see src/shared/version-note.ts). */
export const versionNoteSchema = z.strictObject({
  code: z.enum(VERSION_NOTE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** An issue's details as the editor (or the import) set them, with who and when. */
export const issueDetailsSchema = z.strictObject({
  title: z.string(),
  publication: z.string(),
  date: z.union([z.literal(''), z.iso.date()]),
  edition: z.string(),
  changed: iso,
  author: z.string(),
});
export type IssueDetails = z.infer<typeof issueDetailsSchema>;

/** A review round (一校, 二校…) ended at a version: which, when, by whom. */
export const reviewRoundSchema = z.strictObject({
  /** 1 = 一校. */
  round: z.number().int().positive(),
  versionId: id,
  marked: iso,
  author: z.string(),
});
export type ReviewRound = z.infer<typeof reviewRoundSchema>;

export const issueRowSchema = z.strictObject({
  id,
  /** Usually the first headline of the imported draft. */
  title: z.string(),
  publication: z.string(),
  /** YYYY-MM-DD, or '' when unknown. */
  date: z.union([z.literal(''), z.iso.date()]),
  /** Edition or page label as printed ('A1', '第3版'), or ''. */
  edition: z.string(),
  /** The imported file's name (no folder). */
  sourceName: z.string(),
  /** The draft format the importer recognised: txt, docx, alto, page, hocr. */
  format: z.string(),
  /** The text encoding of a txt draft, or null for formats that carry their own. */
  encoding: z.string().nullable(),
  /** Pages in the draft (1 for plain text). */
  pages: count,
  created: iso,
  /** When the issue was moved to the trash, or null. */
  trashed: iso.nullable(),
});
export type IssueRow = z.infer<typeof issueRowSchema>;

export const versionRowSchema = z.strictObject({
  id,
  issueId: id,
  /** 1 = the imported version; numbers are dense per issue, in order of creation. */
  number: z.number().int().positive(),
  /** The head version when this one was saved, or null for the first. */
  parent: id.nullable(),
  created: iso,
  author: z.string(),
  /** The message in English, as older Galleys and the CLI show it. */
  message: z.string(),
  /** What Galley wrote as the message, as data the interface words in its own language. */
  note: versionNoteSchema.optional(),
  origin: z.enum(VERSION_ORIGINS),
  sha256,
  size: count,
  /** Blocks of the version's document. */
  blocks: count,
  /** Findings of the engine on this text that were not rejected when it was saved. */
  findings: count,
});
export type VersionRow = z.infer<typeof versionRowSchema>;

export const decisionRowSchema = z.strictObject({
  issueId: id,
  findingId: z.string().min(1).max(200),
  decision: z.enum(DECISIONS),
  decided: iso,
  /** The version a `clean` made when it accepted the finding, else null. */
  versionId: id.nullable(),
});
export type DecisionRow = z.infer<typeof decisionRowSchema>;

/** A JSON value (settings are free-form; their users validate their own keys). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const indexSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  issues: z.array(issueRowSchema),
  versions: z.array(versionRowSchema),
  decisions: z.array(decisionRowSchema),
  settings: z.record(z.string(), z.json()),
});

/** The whole index, as held in memory by lowdb. */
export interface IndexData {
  schemaVersion: typeof SCHEMA_VERSION;
  issues: IssueRow[];
  versions: VersionRow[];
  decisions: DecisionRow[];
  settings: Record<string, JsonValue>;
}

/** An empty index. */
export function emptyIndex(): IndexData {
  return { schemaVersion: SCHEMA_VERSION, issues: [], versions: [], decisions: [], settings: {} };
}

/**
 * The sidecar written next to every version before its index row: enough to rebuild the
 * index row, and the issue's row, if the index is lost.
 */
export const versionRecordSchema = z.strictObject({
  record: z.literal(1),
  version: versionRowSchema,
  issue: issueRowSchema,
  /** Decisions made together with this version (a clean's accepted findings). */
  decisions: z.array(decisionRowSchema),
  /** For an imported version: the words the OCR engine was unsure of (offsets into the text). */
  lowConfidence: z
    .array(z.strictObject({ start: count, end: count, confidence: z.number() }))
    .optional(),
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

/**
 * An issue's state record (`records/<issue>/_issue.json`), written before the index on every
 * change of the issue's row (trash, untrash, details): with the version sidecars it rebuilds
 * the row when both index files are lost or an older index comes back.
 */
export const issueStateSchema = z.strictObject({
  record: z.literal('issue'),
  issue: issueRowSchema,
  /** When the row was changed. */
  changed: iso,
  /**
   * Every state of the issue's details, oldest first (the imported ones, then each edit), so
   * no change of title, publication, date or edition is lost. Absent until the first edit.
   */
  details: z.array(issueDetailsSchema).optional(),
  /** The review rounds ended so far, in order (absent until the first). */
  rounds: z.array(reviewRoundSchema).optional(),
});
export type IssueState = z.infer<typeof issueStateSchema>;
