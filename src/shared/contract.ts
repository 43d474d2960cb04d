/**
 * The one contract between the renderer and the main process: channel → request schema →
 * response type. Main validates every request against its schema; preload exposes one named
 * function per channel; the HTTP test bridge carries the same channels. Nothing else crosses.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from './channels';
import { editorialRequests, type EditorialResponses } from './editorial';
import { pageRequests, type PageResponses } from './pages';
import { MAX_DROPPED_FILE_BASE64, MAX_TEXT_CHARS } from './limits';
import type { Comparison } from '../core/compare';
import type { RuleList } from '../core/rules/types';
import {
  FINDING_KINDS,
  LOCALES,
  type FindingKind,
  type Locale,
  type Message,
} from '../core/finding';
import type { WireFindings } from './findings-codec';
import type { VersionNote } from './version-note';
import type { TextHit } from '../core/text/search';

/** An issue whose text contains a searched phrase: how often, and the first places. */
export interface TextSearchResult {
  readonly issue: IssueSummary;
  readonly count: number;
  readonly hits: readonly TextHit[];
}

/** One state of an issue's details: what they were set to, by whom, when. */
export interface IssueDetailsEntry {
  readonly title: string;
  readonly publication: string;
  /** YYYY-MM-DD, or ''. */
  readonly date: string;
  readonly edition: string;
  readonly changed: string;
  readonly author: string;
}

/** A version's origin: how it came to be. */
export type VersionOrigin = 'imported' | 'cleaned' | 'edited' | 'restored' | 'recovered';

export {
  EXPORT_FORMATS,
  SOURCE_FORMATS,
  type ExportFormat,
  type SourceFormat,
} from '../core/export/export-formats';
import { EXPORT_FORMATS, SOURCE_FORMATS } from '../core/export/export-formats';

/** An issue as the library lists it. */
export interface IssueSummary {
  readonly id: string;
  readonly title: string;
  readonly publication: string;
  /** YYYY-MM-DD, or '' when unknown. */
  readonly date: string;
  /** Edition or page label as printed ('A1', '第3版'), or ''. */
  readonly edition?: string;
  readonly sourceName: string;
  readonly format: string;
  readonly encoding: string | null;
  readonly versionCount: number;
  /** Open findings of the latest version (decided ones excluded). */
  readonly openFindings: number;
  /** ISO time of the latest version. */
  readonly lastEdit: string;
  readonly status: 'imported' | 'in-progress' | 'cleaned';
  readonly trashed: boolean;
}

export interface VersionInfo {
  readonly id: string;
  /** 1 = imported. */
  readonly number: number;
  readonly parent: string | null;
  readonly created: string;
  readonly author: string;
  /** The editor's message, or Galley's in English (show `versionMessage` of this version). */
  readonly message: string;
  /** Galley's own message as data, worded in the interface's language. */
  readonly note?: VersionNote;
  readonly origin: VersionOrigin;
  /** The review round (1 = 一校) this version ends, when it was marked as such. */
  readonly round?: number;
  readonly size: number;
  readonly blocks: number;
  readonly findings: number;
}

export type Decision = 'accepted' | 'rejected';

/** A word the OCR engine was unsure of; offsets into the imported text. */
export interface LowConfidenceWord {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** The settings of an opened issue's analysis, as plain data. */
export interface OpenedAnalysis {
  /** Kinds switched off. */
  readonly disabled: readonly FindingKind[];
  /** The workspace's rule list (compile it with `compileRules`), or null for the defaults. */
  readonly rules: RuleList | null;
}

export interface OpenedIssue {
  readonly issue: IssueSummary;
  readonly versions: readonly VersionInfo[];
  /** The latest version. */
  readonly head: { readonly versionId: string; readonly text: string };
  /**
   * The head's open findings as the workspace analysed it (engine, rules, archive), rejected
   * ones left out; offsets into `head.text`. Decode with `decodeFindings`.
   */
  readonly findings: WireFindings;
  /** What that analysis used besides the text, so the renderer's own analyses agree with it. */
  readonly analysis: OpenedAnalysis;
  /**
   * The imported version (its text on demand: `versions.read`), and whether the head has the
   * same text (then `lowConfidence` applies to the head as well).
   */
  readonly original: { readonly versionId: string; readonly sameAsHead: boolean };
  /** Offsets into the imported version's text. */
  readonly lowConfidence: readonly LowConfidenceWord[];
  readonly decisions: Readonly<Record<string, Decision>>;
  /** A working copy autosaved after the head version, offered for recovery. */
  readonly recovered: { readonly text: string; readonly savedAt: string } | null;
  /**
   * Regex rules the workspace stopped for running too long (at an import, save or this open)
   * and has not told the editor of yet; each is now disabled in the workspace's rules.
   */
  readonly stoppedRules: readonly StoppedRule[];
}

/** A regex rule stopped for running past its budget: its id, pattern and time in ms. */
export interface StoppedRule {
  readonly id: string;
  readonly find: string;
  readonly ms: number;
}

export interface ChosenFile {
  /** Opaque handle for a file the editor picked in the native dialog. */
  readonly token: string;
  readonly name: string;
  readonly size: number;
}

export interface Settings {
  readonly locale: Locale;
  readonly author: string;
  readonly disabledKinds: readonly FindingKind[];
  /** The text's size in the editor and the original, in CSS pixels (Ctrl+= / Ctrl+-). */
  readonly textSize: number;
}

/** The text sizes the editor offers, in CSS pixels; 16 is the default. */
export const TEXT_SIZES = { min: 12, max: 32, default: 16 } as const;

export interface ExportResult {
  readonly folder: string;
  readonly files: readonly string[];
}

/** Every failure crosses the boundary as a sentence, never a stack trace. */
export interface ContractError {
  readonly code: string;
  readonly message: Message;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ContractError };

const id = z.string().min(1).max(128);
const text = z.string().max(MAX_TEXT_CHARS);

export { CHANNELS, splitChannel, type Channel } from './channels';
export type * from './editorial';
export type * from './pages';

/** Channel → request schema. Response types are in `Responses` below. */
export const requests = {
  'app.info': z.object({}),
  'library.list': z.object({ includeTrashed: z.boolean().optional() }),
  'library.chooseFiles': z.object({}),
  'library.importChosen': z.object({
    token: id,
    publication: z.string().max(200).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  }),
  'library.importBytes': z.object({
    name: z.string().min(1).max(255),
    /** The dropped file's bytes, base64. */
    base64: z.string().max(MAX_DROPPED_FILE_BASE64),
  }),
  'library.trash': z.object({ issueId: id }),
  'library.untrash': z.object({ issueId: id }),
  /** The notice of an index rebuilt when the workspace opened, or null. */
  'library.recovery': z.object({}),
  'library.edit': z.object({
    issueId: id,
    title: z.string().max(200).optional(),
    publication: z.string().max(200).optional(),
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional(),
    edition: z.string().max(200).optional(),
  }),
  'library.history': z.object({ issueId: id }),
  'library.search': z.object({ query: z.string().min(1).max(200) }),
  'issue.open': z.object({ issueId: id }),
  'issue.decide': z.object({
    issueId: id,
    decisions: z
      .array(
        z.object({
          findingId: z.string().min(1).max(200),
          decision: z.enum(['accepted', 'rejected']),
        }),
      )
      .max(100_000),
  }),
  /**
   * The working copy: the whole text, or (`patch`) what changed since the autosave written at
   * `since` (its savedAt), or since the version itself (`since` = baseVersionId); a patch that
   * no longer fits what is on disk is answered `{ stale: true }`.
   */
  'issue.autosave': z.union([
    z.object({ issueId: id, baseVersionId: id, text }),
    z.object({
      issueId: id,
      baseVersionId: id,
      patch: z.object({
        since: z.string().min(1).max(40),
        from: z.number().int().min(0).max(MAX_TEXT_CHARS),
        to: z.number().int().min(0).max(MAX_TEXT_CHARS),
        insert: text,
        length: z.number().int().min(0).max(MAX_TEXT_CHARS),
      }),
    }),
  ]),
  'issue.discardAutosave': z.object({ issueId: id }),
  'issue.save': z.object({
    issueId: id,
    text,
    message: z.string().max(2000).optional(),
    origin: z.enum(['edited', 'cleaned']).optional(),
  }),
  'versions.list': z.object({ issueId: id }),
  'versions.read': z.object({ issueId: id, versionId: id }),
  'versions.restore': z.object({ issueId: id, versionId: id }),
  'versions.compare': z.object({ issueId: id, oldVersionId: id, newVersionId: id }),
  'versions.markRound': z.object({ issueId: id, versionId: id }),
  'export.run': z.object({
    issueId: id,
    versionId: id,
    /** Source formats (alto, page, hocr) only for an issue imported from that format. */
    formats: z
      .array(z.enum([...EXPORT_FORMATS, ...SOURCE_FORMATS]))
      .min(1)
      .max(EXPORT_FORMATS.length + SOURCE_FORMATS.length),
  }),
  'export.proofPdf': z.object({ issueId: id, versionId: id }),
  'settings.get': z.object({}),
  'settings.set': z.object({
    locale: z.enum(LOCALES).optional(),
    author: z.string().max(100).optional(),
    disabledKinds: z.array(z.enum(FINDING_KINDS)).optional(),
    textSize: z.number().int().min(TEXT_SIZES.min).max(TEXT_SIZES.max).optional(),
  }),
  'shell.openExternal': z.object({ url: z.string().max(2048) }),
  ...editorialRequests,
  ...pageRequests,
} as const;

// Every channel has a schema and every schema a channel (a compile-time check both ways).
type SchemaChannel = keyof typeof requests;
const _everyChannelHasASchema: Record<Channel, unknown> = requests;
const _everySchemaIsAChannel: Record<SchemaChannel, Channel> = Object.fromEntries(
  CHANNELS.map((c) => [c, c]),
) as Record<Channel, Channel>;
void _everyChannelHasASchema;
void _everySchemaIsAChannel;

export interface Responses extends EditorialResponses, PageResponses {
  'app.info': { version: string; workspace: string; platform: string };
  'library.list': IssueSummary[];
  'library.chooseFiles': ChosenFile[];
  'library.importChosen': IssueSummary;
  'library.importBytes': IssueSummary;
  'library.trash': IssueSummary;
  'library.untrash': IssueSummary;
  'library.recovery': Message | null;
  'library.edit': IssueSummary;
  /** Every state of the issue's details, the imported ones first, the current last. */
  'library.history': IssueDetailsEntry[];
  /** Issues whose latest version contains the query (case- and width-insensitive), most first. */
  'library.search': TextSearchResult[];
  'issue.open': OpenedIssue;
  'issue.decide': { count: number };
  /** When it was written; `stale` when a patch did not fit the copy on disk (send the text). */
  'issue.autosave': { savedAt: string } | { stale: true };
  'issue.discardAutosave': { discarded: boolean };
  'issue.save': VersionInfo;
  'versions.list': VersionInfo[];
  'versions.read': { text: string };
  'versions.restore': VersionInfo;
  'versions.compare': Comparison;
  /** The issue's versions again, the marked one with its round. */
  'versions.markRound': VersionInfo[];
  'export.run': ExportResult | null;
  /** The proof sheet of the version printed to PDF in a folder the editor chose; null: cancelled. */
  'export.proofPdf': ExportResult | null;
  'settings.get': Settings;
  'settings.set': Settings;
  'shell.openExternal': { opened: boolean };
}

export type Request<C extends Channel> = z.input<(typeof requests)[C]>;
export type Response<C extends Channel> = Responses[C];

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;

/**
 * The API the renderer sees on `window.galley`: one async function per channel, grouped by
 * namespace (`galley.library.importChosen(request)`).
 */
export type GalleyApi = {
  readonly [N in Namespace<Channel>]: {
    readonly [C in Channel as C extends `${N}.${infer M}` ? M : never]: (
      request: Request<C>,
    ) => Promise<Result<Response<C>>>;
  };
};
