/**
 * Plain-text drafts: strict decoding by src/core/text/decode (BOM, UTF-8, UTF-16 by its NULs, then GB18030 / Big5 by which reads as Chinese,
 * never a silent U+FFFD) or the encoding the user names; line ends normalized to `\n`, nothing
 * else changed.
 */
import { DecodeError, decodeBytes, normalizeText, parseEncoding } from '../../core';
import type { Encoding } from '../../core';
import { ImportError } from './errors';

/** A decoded text draft. */
export interface TextDraft {
  /** The decoded text with `\n` line ends, BOM removed. */
  readonly text: string;
  readonly encoding: Encoding;
  /** 1 + the form feeds that separate pages with text on both sides. */
  readonly pages: number;
}

/** Decodes a text draft. Throws ImportError 'binary' or 'undecodable', naming the file. */
export function readTxt(bytes: Uint8Array, sourceName: string, encoding?: string): TextDraft {
  try {
    const forced = encoding === undefined ? undefined : parseEncoding(encoding);
    const decoded = decodeBytes(bytes, forced);
    const text = normalizeText(decoded.text);
    return { text, encoding: decoded.encoding, pages: countPages(text) };
  } catch (error) {
    if (error instanceof DecodeError) {
      const reason = error.reason === 'binary' ? 'binary' : 'undecodable';
      throw new ImportError(
        reason,
        `"${sourceName}" cannot be read as text: ${lowerFirst(error.message)}`,
      );
    }
    throw error;
  }
}

function countPages(text: string): number {
  if (!text.includes('\f')) return 1;
  return Math.max(1, text.split('\f').filter((page) => page.trim() !== '').length);
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
