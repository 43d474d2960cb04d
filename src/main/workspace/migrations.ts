/**
 * Reading old indexes. Each schema version this code ever wrote has a zod schema here and a
 * step to the next version; `migrateIndex` validates the input against its own version's schema
 * and applies the steps in order, so an index written by any earlier Galley opens. An index
 * from a newer Galley is refused (never "repaired"), since rewriting it would lose what this
 * version does not know.
 */
import { z } from 'zod';
import { WorkspaceError } from './errors';
import { noteOfMessage } from '../../shared/version-note';
import { SCHEMA_VERSION, indexSchema, type IndexData, type VersionRow } from './schema';

/**
 * Schema 1, the first layout: no version numbers, no decisions or settings; an issue's date
 * was `issueDate` (null when unknown), deletion was a `deleted` flag, a version's parent was
 * `parentId`.
 */
const v1Schema = z.object({
  schemaVersion: z.literal(1),
  issues: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      publication: z.string(),
      issueDate: z.iso.date().nullable(),
      sourceName: z.string(),
      encoding: z.string().nullable(),
      created: z.iso.datetime({ offset: true }),
      deleted: z.boolean().optional(),
    }),
  ),
  versions: z.array(
    z.object({
      id: z.string(),
      issueId: z.string(),
      parentId: z.string().nullable(),
      created: z.iso.datetime({ offset: true }),
      author: z.string(),
      message: z.string(),
      origin: z.enum(['imported', 'cleaned', 'edited', 'restored']),
      sha256: z.string(),
      size: z.number().int().nonnegative(),
      blocks: z.number().int().nonnegative(),
      findings: z.number().int().nonnegative(),
    }),
  ),
});

function fromV1(old: z.infer<typeof v1Schema>, now: string): unknown {
  const numbers = new Map<string, number>();
  return {
    schemaVersion: 2,
    issues: old.issues.map((issue) => ({
      id: issue.id,
      title: issue.title,
      publication: issue.publication,
      date: issue.issueDate ?? '',
      edition: '',
      sourceName: issue.sourceName,
      format: issue.sourceName.toLowerCase().endsWith('.docx') ? 'docx' : 'txt',
      encoding: issue.encoding,
      pages: 1,
      created: issue.created,
      // Schema 1 kept no deletion time; the upgrade is the earliest moment we can vouch for.
      trashed: issue.deleted ? now : null,
    })),
    versions: old.versions.map((version) => {
      const number = (numbers.get(version.issueId) ?? 0) + 1;
      numbers.set(version.issueId, number);
      const { parentId, ...rest } = version;
      return { ...rest, number, parent: parentId };
    }),
    decisions: [],
    settings: {},
  };
}

/** Schema 2: as schema 3 without version notes (Galley's messages were English text only). */
const v2Schema = indexSchema.extend({ schemaVersion: z.literal(2) });

function fromV2(old: z.infer<typeof v2Schema>): unknown {
  return {
    ...old,
    schemaVersion: 3,
    versions: old.versions.map((version): VersionRow => {
      // Galley's own English messages become notes, worded in the interface's language.
      const note = version.note ?? noteOfMessage(version.message);
      return note ? { ...version, note: { code: note.code, params: { ...note.params } } } : version;
    }),
  };
}

interface Step {
  readonly from: number;
  readonly schema: z.ZodType;
  readonly up: (data: never, now: string) => unknown;
}

/** One step per old schema version, in order. */
const STEPS: readonly Step[] = [
  { from: 1, schema: v1Schema, up: fromV1 },
  { from: 2, schema: v2Schema, up: fromV2 },
];

/** The result of reading an index of any known schema. */
export type Migrated =
  | { readonly ok: true; readonly data: IndexData; readonly fromVersion: number }
  | { readonly ok: false; readonly problem: string };

/**
 * Validates `raw` (parsed JSON) and upgrades it to the current schema. Returns the problem
 * as a sentence when the data fails its schema (a damaged or hand-edited index); throws a
 * WorkspaceError `newer-schema` for an index from a newer Galley.
 */
export function migrateIndex(raw: unknown, now = new Date().toISOString()): Migrated {
  const declared =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    return { ok: false, problem: 'the index has no valid schemaVersion' };
  }
  if (declared > SCHEMA_VERSION) {
    throw new WorkspaceError(
      'newer-schema',
      `This workspace was written by a newer Galley (index schema ${declared}); this version reads schemas up to ${SCHEMA_VERSION}. Update Galley to open it.`,
    );
  }
  let data: unknown = raw;
  for (const step of STEPS) {
    if (step.from < declared) continue;
    const parsed = step.schema.safeParse(data);
    if (!parsed.success) return { ok: false, problem: describe(parsed.error, step.from) };
    data = step.up(parsed.data as never, now);
  }
  const parsed = indexSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: describe(parsed.error, SCHEMA_VERSION) };
  const problem = checkIntegrity(parsed.data as IndexData);
  if (problem) return { ok: false, problem };
  return { ok: true, data: parsed.data as IndexData, fromVersion: declared };
}

function describe(error: z.ZodError, version: number): string {
  const first = error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'the index';
  return `${where} does not match index schema ${version}: ${first?.message ?? 'invalid'}`;
}

/**
 * Cross-row rules zod cannot state: unique ids, versions of known issues, dense numbers, and at
 * least one version per issue.
 */
function checkIntegrity(data: IndexData): string | undefined {
  const issues = new Set<string>();
  for (const issue of data.issues) {
    if (issues.has(issue.id)) return `issue ${issue.id} appears twice`;
    issues.add(issue.id);
  }
  const versions = new Set<string>();
  const numbers = new Map<string, number>();
  for (const version of data.versions) {
    if (versions.has(version.id)) return `version ${version.id} appears twice`;
    versions.add(version.id);
    if (!issues.has(version.issueId)) {
      return `version ${version.id} belongs to an unknown issue ${version.issueId}`;
    }
    const expected = (numbers.get(version.issueId) ?? 0) + 1;
    if (version.number !== expected) {
      return `version ${version.id} is number ${version.number}, expected ${expected}`;
    }
    numbers.set(version.issueId, expected);
  }
  const empty = data.issues.find((issue) => !numbers.has(issue.id));
  if (empty) return `issue ${empty.id} has no versions`;
  return undefined;
}
