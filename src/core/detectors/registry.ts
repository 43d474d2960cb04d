/**
 * The one list of detectors. Adding a detector touches this list and one new file.
 */
import type { Detector } from './detector';

export const DETECTORS: readonly Detector[] = [];
