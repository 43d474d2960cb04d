/**
 * The editorial part of the contract (rules and archive repeats): request schemas and response
 * types of the `rules.*` and `archive.*` channels. `contract.ts` merges them into the one
 * contract; main validates every request against these schemas like any other.
 */
import { z } from 'zod';
import type { Message } from '../core/finding';
import type { RulePreview } from '../core/rules/preview';
import {
  RULE_KINDS,
  RULE_SCOPES,
  type Formulation,
  type ProtectedTerm,
  type ReplacementRule,
  type RuleKind,
  type RuleList,
} from '../core/rules/types';

export type { Formulation, ProtectedTerm, ReplacementRule, RuleKind, RuleList, RulePreview };

/** One entry of a rule list, of any kind. */
export type RuleEntry = ReplacementRule | ProtectedTerm | Formulation;

/** The two file formats of a rule list. */
export const RULE_FILE_FORMATS = ['csv', 'json'] as const;
export type RuleFileFormat = (typeof RULE_FILE_FORMATS)[number];

/** A problem of a rule the editor typed: the form field it concerns ('' for the whole rule). */
export interface RuleProblemView {
  /** `find`, `replace`, `scope`, `term`, `phrase`, `note`, `id` or ''. */
  readonly field: string;
  readonly message: Message;
}

/** The workspace's rules as the Rules screen shows them. */
export interface RulesView {
  readonly list: RuleList;
  /** The formulations Galley ships (active while `list.starter` is on). */
  readonly starterFormulations: readonly Formulation[];
  /** Problems of a damaged rules.json (the defaults apply meanwhile); [] when it is fine. */
  readonly damaged: readonly RuleProblemView[];
  /** False when the workspace is open read-only (nothing can be saved). */
  readonly writable: boolean;
}

/** What `rules.save` did: the saved entry and the new lists, or why it was not saved. */
export type RuleSaveResult =
  | { readonly saved: true; readonly entry: RuleEntry; readonly rules: RulesView }
  | { readonly saved: false; readonly problems: readonly RuleProblemView[] };

/** Every hit of a rule under test (offsets: UTF-16 code units into the normalized text). */
export type RuleTestResult =
  | {
      readonly valid: true;
      readonly hits: readonly RulePreview[];
      /** True when there were more hits than `hits` holds. */
      readonly truncated: boolean;
      /** Characters of the text tested. */
      readonly length: number;
    }
  | { readonly valid: false; readonly problems: readonly RuleProblemView[] };

/** What an import did, or null when the editor cancelled the dialog. */
export type RulesImportResult = {
  /** The chosen file's name. */
  readonly file: string;
  readonly mode: 'merge' | 'replace';
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly rules: RulesView;
} | null;

/** Where an export went, or null when the editor cancelled the dialog. */
export type RulesExportResult = {
  /** The full path the editor chose. */
  readonly path: string;
  readonly format: RuleFileFormat;
  /** Entries written (replacements + protected terms + formulations). */
  readonly entries: number;
} | null;

/** A paragraph of an earlier issue, with its place in that issue's document. */
export interface SourceParagraph {
  /** 0-based block index in the version's document. */
  readonly index: number;
  readonly text: string;
  readonly role: string;
}

/** The earlier copy of an archive repeat: its issue, and its paragraph with some around it. */
export interface ArchiveSourceView {
  readonly issue: {
    readonly id: string;
    readonly title: string;
    readonly publication: string;
    /** YYYY-MM-DD, or ''. */
    readonly date: string;
    readonly trashed: boolean;
  };
  readonly versionId: string;
  readonly versionNumber: number;
  /** False when the issue has a newer version than the one the archive indexed. */
  readonly isHead: boolean;
  /** The paragraph the finding points at (a block index). */
  readonly paragraph: number;
  /** That paragraph and up to a few on each side, in document order. */
  readonly paragraphs: readonly SourceParagraph[];
  /** Paragraphs of the whole version. */
  readonly totalParagraphs: number;
}

/** A boilerplate mark as the editor sees it. */
export interface BoilerplateView {
  readonly id: string;
  /** The first characters of the marked paragraph. */
  readonly sample: string;
  readonly note: string;
  /** ISO time of marking. */
  readonly created: string;
}

const issueId = z.string().min(1).max(128);
const note = z.string().max(10_000).optional();

/**
 * The fields of a rule as the Rules screen sends them. Only the shape is checked here; the
 * content (empty text, regex safety, duplicates) is checked by the rule service, which answers
 * with sentences per field.
 */
const ruleFields = z.object({
  find: z.string().max(10_000).optional(),
  replace: z.string().max(10_000).optional(),
  regex: z.boolean().optional(),
  scope: z.enum(RULE_SCOPES).optional(),
  safe: z.boolean().optional(),
  term: z.string().max(10_000).optional(),
  phrase: z.string().max(10_000).optional(),
  note,
});

/** Request schemas of the editorial channels. */
export const editorialRequests = {
  'rules.list': z.object({}),
  'rules.save': z.object({
    kind: z.enum(RULE_KINDS),
    /** The id of the entry to replace; absent to add a new entry. */
    id: z.string().min(1).max(200).optional(),
    rule: ruleFields,
  }),
  'rules.delete': z.object({ kind: z.enum(RULE_KINDS), id: z.string().min(1).max(200) }),
  'rules.setStarter': z.object({ on: z.boolean() }),
  'rules.test': z
    .object({
      kind: z.enum(RULE_KINDS),
      rule: ruleFields,
      /** Test against this issue's latest version… */
      issueId: issueId.optional(),
      /** …or against this text. */
      text: z
        .string()
        .max(200 * 1024 * 1024)
        .optional(),
    })
    .refine((r) => (r.issueId === undefined) !== (r.text === undefined), {
      message: 'give issueId or text',
    }),
  'rules.import': z.object({ mode: z.enum(['merge', 'replace']).optional() }),
  'rules.export': z.object({ format: z.enum(RULE_FILE_FORMATS) }),
  /** A regex rule the app's analysis stopped for running too long: disable it. */
  'rules.stop': z.object({
    id: z.string().min(1).max(200),
    ms: z.number().min(0).max(86_400_000),
  }),
  'archive.source': z.object({
    issueId,
    versionId: issueId.optional(),
    paragraph: z.number().int().min(0).max(10_000_000),
  }),
  'archive.markBoilerplate': z.union([
    z.object({ text: z.string().min(1).max(100_000), note }),
    z.object({ issueId, paragraph: z.number().int().min(0).max(10_000_000), note }),
  ]),
  'archive.boilerplate': z.object({}),
  'archive.unmarkBoilerplate': z.object({ id: z.string().min(1).max(200) }),
} as const;

/** Response types of the editorial channels. */
export interface EditorialResponses {
  'rules.list': RulesView;
  'rules.save': RuleSaveResult;
  'rules.delete': RulesView;
  'rules.setStarter': RulesView;
  'rules.test': RuleTestResult;
  'rules.import': RulesImportResult;
  'rules.export': RulesExportResult;
  'rules.stop': RulesView;
  'archive.source': ArchiveSourceView;
  'archive.markBoilerplate': BoilerplateView;
  'archive.boilerplate': BoilerplateView[];
  'archive.unmarkBoilerplate': { removed: boolean };
}
