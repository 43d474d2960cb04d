/**
 * The comparison room: paragraph alignment with moves, character/word diffs inside changed
 * paragraphs (jsdiff, always bounded), counts, unified diff and the HTML report.
 */
export {
  compareTexts,
  type BlockSpan,
  type CompareOptions,
  type Comparison,
  type ComparisonCounts,
  type ParagraphOp,
  type ParagraphPair,
  type Segment,
  type SegmentOp,
  type Granularity,
} from './compare';
export { unifiedDiff, type UnifiedDiffOptions } from './unified';
export { comparisonHtml, type ComparisonHtmlMeta } from './html';
