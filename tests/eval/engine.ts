/**
 * The engine options every evaluation runs with: what `galley clean` and the app use
 * (`engineLexicons`, loaded once per process).
 */
import type { AnalyseOptions } from '../../src/core/detectors/detector';
import { engineLexicons } from '../../src/main/lexicon/engine';

/** The options of a plain `galley clean` / `galley check`. */
export const ENGINE: AnalyseOptions = engineLexicons();
