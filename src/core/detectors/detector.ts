/**
 * The detector contract: a pure function from a document to finding drafts.
 * One detector per file, registered in `registry.ts`.
 */
import type { ArchiveLookup } from '../archive/archive-index';
import type { Document } from '../document/document';
import type { FindingDraft, FindingKind } from '../finding';
import type { ChineseLexicon } from '../lexicon/chinese';
import type { EnglishFrequencies } from '../lexicon/english-frequency';
import type { CharacterPairs } from '../lexicon/character-pairs';
import type { ShapeTable } from '../lexicon/shapes';
import type { WordBigrams } from '../lexicon/word-bigrams';
import type { EnglishBigrams } from '../lexicon/english-bigrams';
import type { CompiledRules } from '../rules/compile';

/** Options every detector receives; detectors ignore what they do not use. */
export interface AnalyseOptions {
  /** Kinds to skip entirely (the editor turned them off). */
  readonly disabled?: readonly FindingKind[];
  /**
   * The editor's rules (`compileRules`): replacements, protected terms, formulations. Without
   * it the default rules apply (the starter formulations only).
   */
  readonly rules?: CompiledRules;
  /** The workspace's archive, for `archive-repeat`; without it that detector finds nothing. */
  readonly archive?: ArchiveLookup;
  /**
   * The Chinese lexicon (jieba's dictionary, `parseJiebaDictionary`), loaded once per process.
   * Word boundaries that decide whether a fix is safe come from it; without it, fixes that need
   * a word boundary in Chinese text are only suggested.
   */
  readonly lexicon?: ChineseLexicon;
  /**
   * Characters of similar shape (`parseShapeTable`), for the Chinese half of `misreading`;
   * without it (or without `lexicon`) only English words are checked for misreadings.
   */
  readonly shapes?: ShapeTable;
  /**
   * How often one Han character follows another (`parseCharacterPairs`): with it the Chinese
   * half of `misreading` also proposes readings the neighbours witness where the lexicon reads
   * nothing.
   */
  readonly characterPairs?: CharacterPairs;
  /**
   * How often one Chinese word follows another (`parseWordBigrams`): with it the Chinese half of
   * `misreading` applies a suggestion of the lexicon that the phrase around it also witnesses.
   */
  readonly wordBigrams?: WordBigrams;
  /**
   * English word frequencies (`parseEnglishFrequencies`), for the English half of
   * `misreading`; without them English words are not checked for misreadings.
   */
  readonly english?: EnglishFrequencies;
  /**
   * How often one English word follows another (`parseEnglishBigrams`): with it (and `english`)
   * the English half of `misreading` reads a word misread as another word by the words around it.
   */
  readonly englishBigrams?: EnglishBigrams;
  /**
   * The OCR engine's unsure words (ALTO WC, PAGE conf, hOCR x_wconf under the import's
   * threshold), offsets into the analysed text, for `low-confidence`; without it that detector
   * finds nothing.
   */
  readonly ocrConfidence?: readonly OcrConfidence[];
  /**
   * Set when only a listing is wanted (`analyseDocumentCapped`): a detector that can report
   * millions of findings on dense text builds at most `max` drafts and tells `skipped` how many
   * more it found, so their objects are never made. Others may ignore it (the cap applies to
   * what they return).
   */
  readonly listLimit?: ListLimit;
}

/** At most `max` drafts of a kind are wanted; `skipped` is told how many more there were. */
export interface ListLimit {
  readonly max: number;
  readonly skipped: (kind: FindingKind, count: number) => void;
}

/** One OCR word and the engine's confidence in it; offsets are UTF-16 code units. */
export interface OcrConfidence {
  readonly start: number;
  readonly end: number;
  /** 0 (unsure) to 1 (sure). */
  readonly confidence: number;
}

export interface Detector {
  readonly kind: FindingKind;
  /**
   * Finds defects. Must be pure and deterministic; every draft's offsets lie inside
   * `[0, doc.text.length]` and its `kind` equals `this.kind`.
   */
  detect(doc: Document, options: AnalyseOptions): FindingDraft[];
}
