/**
 * The public API of src/core: Galley's pure domain. Nothing here imports node, electron,
 * react or lowdb, so it runs in the main process, workers, the renderer and the CLI alike.
 */
export * from './finding';
export * from './document/document';
export * from './document/script';
export { classifyRoles, isProse } from './document/roles';
export * from './text/decode';
export * from './detectors/detector';
export { DETECTORS } from './detectors/registry';
export * from './analyse';
export * from './changes/changeset';
export * from './changes/apply';
export * from './similarity';
export * from './detectors/duplicate-paragraph';
export { punctuationWidth } from './detectors/punctuation-width';
export { straySpace } from './detectors/stray-space';
export { judgeMarks, type MarkVerdict, type MarkReason } from './detectors/punctuation/marks';
export * from './compare';
export * from './export';
export { brokenParagraph } from './detectors/broken-paragraph';
export { jumpLine } from './detectors/jump-line';
export { readingOrder } from './detectors/reading-order';
export { assessJunction, type Junction, type PrecedingContext } from './structure/junction';
export {
  hyphenation,
  decideHyphenation,
  type HyphenDecision,
  type HyphenVerdict,
} from './detectors/hyphenation';
export { repeatedPhrase, findHanRepeats, findLatinRepeats } from './detectors/repeated-phrase';
export { isEnglishWord } from './lexicon/english';
export { isLikelyHyphenatedCompound, isWordPair } from './lexicon/compounds';
export { reduplicationReason } from './lexicon/reduplication';
export {
  parseJiebaDictionary,
  segmentBoundaries,
  segmentWords,
  readingCost,
  type ChineseLexicon,
} from './lexicon/chinese';
export { doublingEvidence, type DoublingEvidence } from './lexicon/doubling';
export {
  parseEnglishFrequencies,
  type EnglishFrequencies,
  type SubtlexEntry,
} from './lexicon/english-frequency';
export * from './rules';
export * from './archive';
export { ruleDetector } from './detectors/rule';
export { formulationDetector } from './detectors/formulation';
export { archiveRepeat } from './detectors/archive-repeat';
export * from './kind-names';
