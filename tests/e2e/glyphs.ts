/**
 * Does Chinese render with real glyphs, or with tofu (the .notdef box of a font that lacks it)?
 * Each character is drawn alone on a canvas in the font stack an element of the page really uses,
 * and its pixels are fingerprinted: with a CJK font every character has its own picture; without
 * one they all share the picture of a character no font has (U+10FFFD, a private-use code point).
 * The font Chromium actually chose for the element comes from the DevTools protocol.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';

/** What the canvas showed for each character of a CJK string. */
export interface GlyphReport {
  /** The CSS font the element uses (size + family stack). */
  readonly font: string;
  readonly characters: number;
  /** How many different pictures the characters drew. */
  readonly distinctPictures: number;
  /** Characters drawn exactly like the missing-glyph box. */
  readonly likeMissing: number;
  /** Characters that drew nothing at all. */
  readonly blank: number;
  /** Fonts Chromium used for the element's text, with how many glyphs each drew. */
  readonly platformFonts: readonly { readonly family: string; readonly glyphs: number }[];
}

/** True when every character had a picture of its own, unlike the missing-glyph box. */
export function realGlyphs(report: GlyphReport): boolean {
  return (
    report.characters > 1 &&
    report.distinctPictures === report.characters &&
    report.likeMissing === 0 &&
    report.blank === 0
  );
}

/** The few browser globals the in-page function touches (the node typecheck has no DOM lib). */
interface Canvas2D {
  font: string;
  textBaseline: string;
  fillStyle: string;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
interface PageGlobals {
  document: {
    querySelector(selector: string): object | null;
    createElement(tag: 'canvas'): {
      width: number;
      height: number;
      getContext(kind: '2d', options: { willReadFrequently: boolean }): Canvas2D | null;
    };
  };
  getComputedStyle(element: object): { fontFamily: string; fontStyle: string };
}

/**
 * Draws each distinct character of `text` in the font stack of the element matching `selector`
 * and fingerprints the pictures. Runs in the page.
 */
function drawCharacters(args: { selector: string; text: string }) {
  const page = globalThis as unknown as PageGlobals;
  const element = page.document.querySelector(args.selector);
  if (!element) throw new Error(`no element matches ${args.selector}`);
  const family = page.getComputedStyle(element).fontFamily;
  const font = `32px ${family}`;
  const size = 48;
  const canvas = page.document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  const picture = (ch: string): { hash: number; ink: number } => {
    ctx.clearRect(0, 0, size, size);
    ctx.font = font;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#000';
    ctx.fillText(ch, 4, 4);
    const data = ctx.getImageData(0, 0, size, size).data;
    let hash = 0;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) {
      hash = (Math.imul(hash, 31) + data[i]) >>> 0;
      if (data[i] > 0) ink++;
    }
    return { hash, ink };
  };
  const missing = picture('\u{10FFFD}');
  const chars = [...new Set(args.text)];
  const pictures = chars.map(picture);
  return {
    font,
    characters: chars.length,
    distinctPictures: new Set(pictures.map((p) => p.hash)).size,
    likeMissing: pictures.filter((p) => p.hash === missing.hash).length,
    blank: pictures.filter((p) => p.ink === 0).length,
  };
}

/** Fonts Chromium used to draw the text inside the first element matching `selector`. */
async function platformFonts(page: Page, selector: string): Promise<GlyphReport['platformFonts']> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ family: f.familyName, glyphs: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/** Checks how `text` renders in the font stack of the element matching `selector`. */
export async function glyphReport(
  page: Page,
  selector: string,
  text: string,
): Promise<GlyphReport> {
  const drawn = await page.evaluate(drawCharacters, { selector, text });
  return { ...drawn, platformFonts: await platformFonts(page, selector) };
}

function fontFiles(pattern?: string): string[] {
  const args = pattern ? [pattern, '--format', '%{file}\n'] : ['--format', '%{file}\n'];
  return execFileSync('fc-list', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/**
 * A fontconfig setup with every installed font except those covering Chinese: the browser a
 * test launches with `{FONTCONFIG_FILE}` from here has no CJK font, as a machine without
 * fonts-wqy-microhei. Returns the environment to launch Chromium with, and the temp folder
 * holding the setup (the caller removes it).
 */
export async function environmentWithoutCjkFonts(): Promise<{
  env: Record<string, string>;
  folder: string;
}> {
  const cjk = new Set(fontFiles(':lang=zh'));
  const folder = await mkdtemp(join(tmpdir(), 'galley-no-cjk-fonts-'));
  const fonts = join(folder, 'fonts');
  await mkdir(fonts);
  let n = 0;
  for (const file of new Set(fontFiles())) {
    if (!cjk.has(file)) await symlink(file, join(fonts, `${n++}-${basename(file)}`));
  }
  const config = join(folder, 'fonts.conf');
  await writeFile(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${fonts}</dir>\n  <cachedir>${join(folder, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { env: { ...env, FONTCONFIG_FILE: config }, folder };
}
