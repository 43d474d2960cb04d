/**
 * `low-confidence`: a word the OCR engine itself was unsure of (ALTO `WC`, PAGE `conf`, hOCR
 * `x_wconf` below the import's threshold). The engine gives no better reading, so the finding
 * proposes the word as it stands: it asks the editor to look at the scan, and is never safe.
 * Accepting it confirms the word; correcting the word in the text removes it.
 *
 * Uses `options.ocrConfidence` (the unsure words, offsets into the analysed text, as the workspace
 * carries them from the import to the version); without it, nothing is found.
 */
import type { FindingDraft } from '../finding';
import type { Detector } from './detector';

export const lowConfidence: Detector = {
  kind: 'low-confidence',
  detect(doc, options) {
    const words = options.ocrConfidence;
    if (!words || words.length === 0) return [];
    const drafts: FindingDraft[] = [];
    for (const { start, end, confidence } of words) {
      if (!(start >= 0 && start < end && end <= doc.text.length)) continue;
      const word = doc.text.slice(start, end);
      if (word.trim() === '') continue;
      const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
      drafts.push({
        kind: 'low-confidence',
        start,
        end,
        replacement: word,
        confidence: 'suggest',
        message: {
          'zh-CN': `OCR 置信度 ${percent}%：请对照原稿核对“${word}”。`,
          en: `OCR confidence ${percent}%: check “${word}” against the scan.`,
        },
      });
    }
    return drafts;
  },
};
