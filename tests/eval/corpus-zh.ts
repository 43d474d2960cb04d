/**
 * Labelled Chinese issue drafts built from the clean CCTV articles in
 * ../shared/corpus/zh-news/articles.jsonl: 5–12 articles per issue (headline, blank line,
 * paragraphs separated by blank lines), defects injected at recorded places, look-alikes
 * recorded as spans that must not change.
 */
import { readFileSync } from 'node:fs';
import {
  CONTROL_SENTENCES,
  CROSS_STORY_LINES,
  JUMP_LINES,
  OCR_CONFUSIONS,
  REPORTERS,
} from './controls';
import { DraftBuilder, type LabelledDraft, type Span } from './labels';
import type { Rng } from './prng';

export interface Article {
  readonly date: string;
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

/** Reads the JSONL corpus (one article per line). */
export function loadArticles(path: string): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
}

/** How often each defect is injected. */
const RATES = {
  brokenParagraph: 0.2,
  stutter: 0.15,
  punctuation: 0.2,
  straySpace: 0.15,
  control: 0.3,
  duplicate: 0.12,
  nearDuplicate: 0.4,
  jumpLine: 0.15,
  byline: 0.3,
  dateline: 0.15,
  crossStory: 0.3,
};

/** Paragraphs this short are closing lines (王毅参加会见。) that must never be merged. */
const SHORT_PARAGRAPH = 15;
const OPENER = '央视网消息（新闻联播）：';
const FULL_TO_HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '？': '?',
  '！': '!',
};

const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
const isAscii = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) < 0x80;

/** A paragraph before it is written: its text, look-alike tokens and spans to leave alone. */
interface Plan {
  readonly text: string;
  readonly lookAlikes: { start: number; end: number; variant: string }[];
  /** No defect is injected inside these spans (paragraph offsets). */
  readonly protect: Span[];
}

type Event =
  | { readonly at: number; readonly type: 'cut' | 'space' }
  | { readonly at: number; readonly type: 'punct' }
  | { readonly at: number; readonly type: 'stutter'; readonly length: number };

/** Builds one labelled Chinese draft from `count` random articles. */
export function zhDraft(rng: Rng, articles: readonly Article[], name: string): LabelledDraft {
  const b = new DraftBuilder();
  const chosen = rng
    .sample(rng.shuffle(articles.map((_, i) => i)), rng.int(5, 12))
    .map((i) => articles[i]);
  // Shape 7: a closing line two stories both end with, and a passage a later story repeats.
  const closing = rng.chance(RATES.crossStory) ? rng.pick(CROSS_STORY_LINES) : undefined;
  const passage = rng.chance(RATES.crossStory)
    ? chosen[0].paragraphs.find((p) => p.length >= 30 && p.length < 150 && !p.startsWith(OPENER))
    : undefined;
  chosen.forEach((article, i) => {
    if (i > 0) b.plain('\n\n');
    writeArticle(b, rng, article);
    if (closing !== undefined && (i === 0 || i === chosen.length - 1)) {
      crossStory(b, closing, 'cross-story-line');
    }
    if (passage !== undefined && i === chosen.length - 1 && i > 0) {
      crossStory(b, passage, 'cross-story-passage');
    }
  });
  b.plain('\n');
  return b.build(name, 'zh');
}

function writeArticle(b: DraftBuilder, rng: Rng, article: Article): void {
  const headlineStart = b.length;
  b.plain(article.headline);
  b.plain('\n\n');
  // The headline and the break after it: a headline ends without punctuation and is never joined.
  b.markLookAlike(
    { start: headlineStart, end: b.length },
    article.headline.includes(' ') ? 'headline-space' : 'headline',
  );
  if (rng.chance(RATES.jumpLine / 2)) {
    jumpLine(b, rng.pick(JUMP_LINES.filter((j) => j.includes('上接'))));
    b.plain('\n\n');
  }
  const paragraphs = [...article.paragraphs];
  const candidates = paragraphs
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.length >= 30 && !(i === 0 && p.startsWith(OPENER)));
  const duplicate =
    candidates.length > 0 && rng.chance(RATES.duplicate) ? rng.pick(candidates).i : -1;
  let duplicateSpan: Span | undefined;
  paragraphs.forEach((paragraph, i) => {
    const separator = b.length;
    if (i > 0) b.plain('\n\n');
    if (i === 0 && paragraph.startsWith(OPENER)) {
      paragraph = writeOpener(b, rng, article, paragraph.slice(OPENER.length));
    }
    if (i === duplicate) {
      duplicateSpan = b.plain(paragraph);
      return;
    }
    if (i > 0 && paragraph.length <= SHORT_PARAGRAPH) {
      const span = b.plain(paragraph);
      b.markLookAlike({ start: separator, end: span.end }, 'short-paragraph');
      return;
    }
    writeParagraph(b, rng, plan(rng, paragraph));
  });
  if (rng.chance(RATES.jumpLine)) {
    b.plain('\n\n');
    jumpLine(b, rng.pick(JUMP_LINES.filter((j) => !j.includes('上接'))));
  }
  if (duplicateSpan) writeDuplicate(b, rng, paragraphs[duplicate], duplicateSpan);
}

/** A paragraph that another story of the issue prints too: it must stay, with its break. */
function crossStory(b: DraftBuilder, text: string, variant: string): void {
  const separator = b.length;
  b.plain('\n\n');
  const span = b.plain(text);
  b.markLookAlike({ start: separator, end: span.end }, variant);
}

function jumpLine(b: DraftBuilder, text: string): void {
  b.defect('jump-line', 'block', text, text, { auto: false });
}

/**
 * Writes the dateline or byline that opens an article and returns the rest of the paragraph.
 * The corpus opener becomes a byline (本报讯（记者 许珂）), a dateline (新华社北京3月4日电 )
 * or stays as it is.
 */
function writeOpener(b: DraftBuilder, rng: Rng, article: Article, rest: string): string {
  const roll = rng.next();
  if (roll < RATES.byline) {
    const reporter = rng.pick(REPORTERS);
    const style = rng.int(0, 2);
    if (style === 0) {
      // "本报讯 (记者 许珂) …": stray spaces and half-width brackets, as in the sample.
      b.plain('本报讯');
      b.defect('stray-space', 'byline', ' ', '', { auto: true });
      b.defect('punctuation-width', 'byline', '(', '（', { auto: true });
      b.plain('记者');
      b.lookAlike(' ', 'byline-name-space');
      b.plain(reporter);
      b.defect('punctuation-width', 'byline', ')', '）', { auto: true });
      b.defect('stray-space', 'byline', ' ', '', { auto: true });
    } else if (style === 1) {
      b.plain('本报讯');
      b.defect('punctuation-width', 'byline', '(', '（', { auto: true });
      b.plain('记者');
      b.lookAlike(' ', 'byline-name-space');
      b.plain(reporter);
      b.defect('punctuation-width', 'byline', ')', '）', { auto: true });
    } else {
      b.plain('本报讯（记者');
      b.lookAlike(' ', 'byline-name-space');
      b.plain(`${reporter}）`);
    }
    return rest;
  }
  if (roll < RATES.byline + RATES.dateline) {
    const month = Number(article.date.slice(4, 6));
    const day = Number(article.date.slice(6, 8));
    b.plain(`新华社北京${month}月${day}日电`);
    b.lookAlike(' ', 'dateline-space');
    return rest;
  }
  b.plain(OPENER);
  return rest;
}

/** Adds control sentences and marks the corpus's own look-alikes (numbers, AA doublings). */
function plan(rng: Rng, paragraph: string): Plan {
  let text = paragraph;
  const lookAlikes: Plan['lookAlikes'] = [];
  const protect: Span[] = [];
  if (rng.chance(RATES.control)) {
    const control = rng.pick(CONTROL_SENTENCES);
    const at = text.length;
    text += control.text;
    protect.push({ start: at, end: text.length });
    for (const { token, variant } of control.tokens) {
      const start = at + control.text.indexOf(token);
      lookAlikes.push({ start, end: start + token.length, variant });
    }
  }
  // Half-width forms the corpus itself has (8.6, 1:1, 20%, 3+1) and natural AA doublings.
  for (const m of paragraph.matchAll(/[A-Za-z0-9]+(?:[.:+%/-][A-Za-z0-9]*)+|[A-Za-z0-9]+%/g)) {
    const start = m.index ?? 0;
    lookAlikes.push({ start, end: start + m[0].length, variant: 'number' });
    protect.push({ start: Math.max(0, start - 1), end: start + m[0].length + 1 });
  }
  for (let i = 0; i + 1 < paragraph.length; i++) {
    if (isHan(paragraph[i]) && paragraph[i] === paragraph[i + 1]) {
      lookAlikes.push({ start: i, end: i + 2, variant: 'natural-aa' });
      protect.push({ start: Math.max(0, i - 4), end: i + 6 });
    }
  }
  return { text, lookAlikes, protect };
}

/** Picks where defects go: never in protected spans, never within 3 characters of another. */
function events(rng: Rng, p: Plan): Event[] {
  const { text } = p;
  const taken: Span[] = [...p.protect];
  const free = (start: number, end: number): boolean =>
    taken.every((s) => end + 3 <= s.start || start >= s.end + 3);
  const out: Event[] = [];
  const take = (event: Event, start: number, end: number): void => {
    out.push(event);
    taken.push({ start, end });
  };
  const hanGaps: number[] = [];
  for (let i = 8; i < text.length - 8; i++) {
    if (isHan(text[i - 1]) && isHan(text[i])) hanGaps.push(i);
  }
  if (text.length >= 40 && hanGaps.length > 0 && rng.chance(RATES.brokenParagraph)) {
    const at = rng.pick(hanGaps);
    if (free(at, at)) take({ at, type: 'cut' }, at, at);
  }
  if (rng.chance(RATES.stutter)) {
    const length = rng.int(2, 4);
    const starts = hanGaps.filter((i) => {
      const phrase = text.slice(i, i + length);
      return (
        [...phrase].every(isHan) &&
        new Set(phrase).size === phrase.length &&
        text.slice(i - length, i) !== phrase &&
        text.slice(i + length, i + 2 * length) !== phrase
      );
    });
    if (starts.length > 0) {
      const at = rng.pick(starts);
      if (free(at, at + length)) take({ at, type: 'stutter', length }, at, at + length);
    }
  }
  if (rng.chance(RATES.straySpace)) {
    for (let k = rng.int(1, 2); k > 0 && hanGaps.length > 0; k--) {
      const at = rng.pick(hanGaps);
      if (free(at, at)) take({ at, type: 'space' }, at, at);
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (!(text[i] in FULL_TO_HALF) || !rng.chance(RATES.punctuation)) continue;
    if (isAscii(text[i - 1]) || isAscii(text[i + 1])) continue;
    if (free(i, i + 1)) take({ at: i, type: 'punct' }, i, i + 1);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Writes a planned paragraph with its defects, recording look-alikes at their draft offsets. */
function writeParagraph(b: DraftBuilder, rng: Rng, p: Plan): void {
  const start = b.length;
  const { text } = p;
  // Paragraph offset → draft offset, for look-alikes (defects never fall inside them).
  const shift: { at: number; by: number }[] = [];
  let pos = 0;
  for (const e of events(rng, p)) {
    b.plain(text.slice(pos, e.at));
    pos = e.at;
    if (e.type === 'cut') {
      b.defect('broken-paragraph', 'cjk', '\n\n', '', { auto: true });
      shift.push({ at: e.at, by: 2 });
    } else if (e.type === 'space') {
      b.defect('stray-space', 'han', ' ', '', { auto: true });
      shift.push({ at: e.at, by: 1 });
    } else if (e.type === 'stutter') {
      const phrase = text.slice(e.at, e.at + e.length);
      b.defect('repeated-phrase', 'stutter', phrase + phrase, phrase, { auto: true });
      shift.push({ at: e.at + e.length, by: e.length });
      pos = e.at + e.length;
    } else {
      b.defect('punctuation-width', 'body', FULL_TO_HALF[text[e.at]], text[e.at], { auto: true });
      pos = e.at + 1;
    }
  }
  b.plain(text.slice(pos));
  const toDraft = (offset: number): number =>
    start + offset + shift.filter((s) => s.at <= offset).reduce((sum, s) => sum + s.by, 0);
  for (const l of p.lookAlikes) {
    b.markLookAlike({ start: toDraft(l.start), end: toDraft(l.end) }, l.variant);
  }
}

/** Repeats a paragraph later in the issue: exactly (safe to drop) or with OCR confusions. */
function writeDuplicate(b: DraftBuilder, rng: Rng, paragraph: string, original: Span): void {
  const positions = [...paragraph]
    .map((ch, i) => (ch in OCR_CONFUSIONS ? i : -1))
    .filter((i) => i >= 0);
  if (positions.length > 0 && rng.chance(RATES.nearDuplicate)) {
    const chars = [...paragraph];
    for (const i of rng.sample(positions, rng.int(1, 3))) chars[i] = OCR_CONFUSIONS[chars[i]];
    // The same story, one block read twice: the clean drops the copy that reads worse.
    b.defect('duplicate-paragraph', 'near', `\n\n${chars.join('')}`, '', {
      auto: true,
      alt: original,
    });
    return;
  }
  b.defect('duplicate-paragraph', 'exact', `\n\n${paragraph}`, '', { auto: true, alt: original });
}
