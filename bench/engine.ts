/**
 * Bench: the engine on one core (CPU time of this process; wall clock alongside). Whole analysis (decode + document model + every detector) of
 * generated 1 MB and 10 MB issues, and of a 10 MB English one recombined from the ICDAR
 * newspapers' real OCR, beside a floor measured in the same run (read the same file and split
 * it into paragraphs); each registered detector alone; and how duplicate detection grows when
 * the issue grows 10×. Every analysis runs with the Chinese lexicon (jieba's
 * dictionary), the table of characters of similar shape, the character pairs, the word bigrams,
 * the English frequencies and the English bigrams, as the app and the CLI do (`engineLexicons`); the
 * lexicon's load time and memory are measured first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyseText, createDocument, decodeBytes, DETECTORS } from '../src/core/index';
import { parseJiebaDictionary, type ChineseLexicon } from '../src/core/lexicon/chinese';
import { readChineseDictionary } from '../src/main/lexicon/chinese';
import { loadCharacterPairs } from '../src/main/lexicon/character-pairs';
import { loadWordBigrams } from '../src/main/lexicon/word-bigrams';
import { loadShapeTable } from '../src/main/lexicon/shapes';
import { loadEnglishFrequencies } from '../src/main/lexicon/english';
import { loadEnglishBigrams } from '../src/main/lexicon/english-bigrams';
import {
  log,
  mbPerSecond,
  runBench,
  type BenchRow,
  type BenchSection,
  type Measurement,
} from './harness';
import { generateEnglishIssue, generateIssue } from './issue';

/** Sizes of the generated issues, in bytes of UTF-8 (1 MB = 10^6 bytes). */
const SIZES = [1e6, 1e7] as const;
const TARGET_MB_S = 5;

/** Wall-clock and CPU milliseconds of one measurement (medians). */
interface Time {
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface SizeFigures {
  /** What the issue is made of: the Chinese sample, or the English OCR. */
  readonly language: 'Chinese' | 'English';
  readonly bytes: number;
  readonly chars: number;
  readonly floor: Time;
  readonly documentModel: Time;
  readonly analysis: Time;
  readonly findings: number;
  readonly detectors: Record<string, Time>;
}

const time = (m: Measurement): Time => ({ wallMs: m.medianMs, cpuMs: m.cpuMs });

const figures: SizeFigures[] = [];

/** The lexicon every analysis of this bench uses, and what loading it cost. */
interface LexiconFigures {
  readonly lexicon: ChineseLexicon;
  /** Reading dict.txt and parsing it: median wall and CPU ms of 3 loads. */
  readonly load: Time;
  /** Heap retained by one lexicon, MiB (after garbage collection). */
  readonly heapMiB: number;
}

let lexiconFigures: LexiconFigures | undefined;

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function measureLexicon(): Promise<LexiconFigures> {
  log('lexicon: load jieba dictionary');
  const load = await runBench('lexicon load', () => parseJiebaDictionary(readChineseDictionary()), {
    warmup: 0,
    runs: 3,
  });
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const lexicon = parseJiebaDictionary(readChineseDictionary());
  collectGarbage();
  const heapMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { lexicon, load: time(load), heapMiB };
}

async function measure(
  bytes: number,
  folder: string,
  lexicon: ChineseLexicon,
  language: SizeFigures['language'] = 'Chinese',
): Promise<SizeFigures> {
  const options = {
    lexicon,
    shapes: loadShapeTable(),
    characterPairs: loadCharacterPairs(),
    wordBigrams: loadWordBigrams(),
    english: loadEnglishFrequencies(),
    englishBigrams: loadEnglishBigrams(),
  };
  const file = join(folder, `issue-${language}-${bytes}.txt`);
  writeFileSync(file, language === 'English' ? generateEnglishIssue(bytes) : generateIssue(bytes));
  const size = readFileSync(file).length;
  const runs = bytes > 5e6 ? 3 : 5;
  const mb = `${(size / 1e6).toFixed(0)}${language === 'English' ? ' English' : ''}`;
  log(`${mb} MB: floor`);
  const floor = await runBench(
    `floor ${mb} MB`,
    () => new TextDecoder().decode(readFileSync(file)).split(/\n[ \t]*\n/),
    { runs },
  );
  log(`${mb} MB: document model`);
  const model = await runBench(
    `document ${mb} MB`,
    () => createDocument(decodeBytes(readFileSync(file)).text),
    { runs },
  );
  log(`${mb} MB: whole analysis`);
  let findings = 0;
  const analysis = await runBench(
    `analysis ${mb} MB`,
    () => {
      findings = analyseText(decodeBytes(readFileSync(file)).text, options).findings.length;
    },
    { runs },
  );
  const doc = createDocument(decodeBytes(readFileSync(file)).text);
  const detectors: Record<string, Time> = {};
  for (const detector of DETECTORS) {
    log(`${mb} MB: ${detector.kind}`);
    detectors[detector.kind] = time(
      await runBench(detector.kind, () => detector.detect(doc, options), { runs }),
    );
  }
  return {
    language,
    bytes: size,
    chars: doc.text.length,
    floor: time(floor),
    documentModel: time(model),
    analysis: time(analysis),
    findings,
    detectors,
  };
}

const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const rate = (bytes: number, t: number): string => `${mbPerSecond(bytes, t).toFixed(1)} MB/s`;

async function run(): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  try {
    figures.length = 0;
    lexiconFigures = await measureLexicon();
    for (const bytes of SIZES) figures.push(await measure(bytes, folder, lexiconFigures.lexicon));
    // The target is for any 10 MB issue: an English one too, read by the English corrector.
    figures.push(await measure(SIZES[1], folder, lexiconFigures.lexicon, 'English'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  const lex = lexiconFigures!;
  rows.push({
    task: 'Chinese lexicon: read and parse jieba’s dict.txt (349,046 words), once per process',
    galley: `${ms(lex.load.wallMs)} ms wall (${ms(lex.load.cpuMs)} ms CPU); ${lex.heapMiB.toFixed(1)} MiB heap`,
    baseline: '',
    target: '',
  });
  for (const f of figures) {
    const mb = (f.bytes / 1e6).toFixed(0);
    const speed = mbPerSecond(f.bytes, f.analysis.cpuMs);
    const language = f.language === 'English' ? 'English ' : '';
    rows.push({
      task: `whole analysis, ${mb} MB ${language}issue (${f.findings} findings)`,
      galley: `${speed.toFixed(1)} MB/s CPU (${ms(f.analysis.cpuMs)} ms); wall ${rate(f.bytes, f.analysis.wallMs)}`,
      baseline: `floor ${rate(f.bytes, f.floor.cpuMs)} (read + split, ${ms(f.floor.cpuMs)} ms)`,
      target: `≥ ${TARGET_MB_S} MB/s`,
      met: speed >= TARGET_MB_S,
    });
    rows.push({
      task: `  of which document model (decode, blocks, roles), ${mb} MB`,
      galley: `${rate(f.bytes, f.documentModel.cpuMs)} (${ms(f.documentModel.cpuMs)} ms)`,
      baseline: '',
      target: '',
    });
  }
  const [small, large, english] = figures;
  rows.push({
    task: '  of which misreading alone, 10 MB English issue',
    galley: `${ms(english.detectors.misreading.cpuMs)} ms`,
    baseline: `${rate(english.bytes, english.detectors.misreading.cpuMs)}`,
    target: '',
  });
  const growth = (kind: string): number =>
    large.detectors[kind].cpuMs / small.detectors[kind].cpuMs;
  for (const detector of DETECTORS) {
    const k = detector.kind;
    const isDuplicate = k === 'duplicate-paragraph';
    rows.push({
      task: `${k} alone, 1 MB → 10 MB`,
      galley: `${ms(small.detectors[k].cpuMs)} → ${ms(large.detectors[k].cpuMs)} ms (×${growth(k).toFixed(1)})`,
      baseline: `${rate(large.bytes, large.detectors[k].cpuMs)} at 10 MB`,
      target: isDuplicate ? 'about ×10, not ×100' : '',
      met: isDuplicate ? growth(k) < 20 : undefined,
    });
  }
  return rows;
}

export const engineBench: BenchSection = {
  id: 'engine',
  title: 'Engine on one core (issues generated from the sample, and one from the English OCR)',
  run,
  details: () => ({
    lexicon: lexiconFigures && { load: lexiconFigures.load, heapMiB: lexiconFigures.heapMiB },
    figures,
  }),
};
