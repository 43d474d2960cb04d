import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importBytes } from '../../src/main/import/index';
import type { Services } from '../../src/main/services/index';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { layOut, servicesIn, type PageCase } from './helpers';

let folder: string;
let drafts: string;
let services: Services;
beforeAll(async () => {
  folder = await tempFolder();
  drafts = await tempFolder('galley-drafts-');
  services = await servicesIn(folder);
});
afterAll(async () => {
  await services.workspace.close();
  await removeFolder(folder);
  await removeFolder(drafts);
});

/** Word boxes of a file as Galley reads them, keyed by the word's text and position. */
async function boxes(bytes: Uint8Array, name: string): Promise<Map<string, string>> {
  const draft = await importBytes(bytes, name);
  const out = new Map<string, string>();
  for (const w of draft.geometry!.words) {
    out.set(`${draft.text.slice(w.start, w.end)}@${JSON.stringify(w.box)}`, JSON.stringify(w.box));
  }
  return out;
}

/** The editor's work on a text: a correction, a join, a split, an added word, two lines joined. */
function edit(text: string): string {
  const lines = text.split('\n');
  const long = lines.findIndex(
    (l, i) => l.split(' ').length > 6 && lines[i + 1]?.split(' ').length > 3,
  );
  const words = lines[long].split(' ');
  words[1] = words[1].toUpperCase() + 'x'; // corrected
  words[2] = `${words[2]}${words[3]}`; // joined
  words.splice(3, 1);
  const long4 = words.findIndex((w, i) => i >= 3 && w.length >= 4);
  words[long4] = `${words[long4].slice(0, 2)} ${words[long4].slice(2)}`; // split
  words.splice(long4 + 1, 0, 'added'); // a word the OCR missed
  lines[long] = `${words.join(' ')} ${lines[long + 1]}`; // the next line joined to it
  lines.splice(long + 1, 1);
  return lines.join('\n');
}

describe.each(['alto', 'page', 'hocr'] as PageCase[])('%s written back', (which) => {
  let issueId: string;
  let text: string;
  let exported: Uint8Array;
  let name: string;

  beforeAll(async () => {
    const path = await layOut(drafts, which);
    const { issue } = await services.issues.importFile(path, {
      image: which === 'alto' ? join(drafts, 'INPUT_0020.tif') : undefined,
    });
    issueId = issue.id;
    await services.issues.clean(issueId);
    const head = await services.issues.read(issueId);
    text = edit(head.text);
    await services.issues.save(issueId, text);
    const out = await services.pages.exportOcr(issueId, undefined, which as 'alto');
    exported = out.bytes;
    name = out.sourceName;
  });

  it('gives every element its own id, split words included', () => {
    const ids = [
      ...Buffer.from(exported)
        .toString('utf8')
        .matchAll(/\s(?:ID|id)=["']([^"']+)["']/g),
    ].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('reads back with Galley’s importer as exactly the version’s text', async () => {
    expect(text).toContain('added');
    const back = await importBytes(exported, name);
    expect(back.format).toBe(which);
    expect(back.text).toBe(text);
  });

  it('keeps the box of every word the editor did not touch', async () => {
    const original = await boxes((await services.pages.source(issueId)).bytes, name);
    const now = await boxes(exported, name);
    let kept = 0;
    for (const key of now.keys()) if (original.has(key)) kept++;
    // Every word but the handful edited (and those a safe clean joined: the ALTO page has 8
    // line-end hyphenations, Despo-⏎tism … Frei-⏎heit, all joined) keeps its box.
    expect(kept).toBeGreaterThan(now.size - 20);
    const head = await services.pages.geometry(issueId);
    const corrected = head.geometry.words.find((w) =>
      /^[A-ZÄÖÜ]+x$/.test(text.slice(w.start, w.end)),
    );
    expect(corrected?.box).not.toBeNull();
  });

  it('is well-formed XML (xmllint)', async () => {
    const file = join(drafts, `out-${which}.xml`);
    await writeFile(file, exported);
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', file])).not.toThrow();
  });

  it('refuses another OCR format with a sentence', async () => {
    const other = which === 'hocr' ? 'alto' : 'hocr';
    await expect(services.pages.exportOcr(issueId, undefined, other)).rejects.toThrow(
      /can be written back as/,
    );
  });
});

describe('ALTO hyphenation', () => {
  it('a joined line-end hyphenation becomes HypPart1/HypPart2 with SUBS_CONTENT and reads back', async () => {
    const path = await layOut(drafts, 'alto', false);
    const { issue } = await services.issues.importFile(path);
    const head = await services.issues.read(issue.id);
    const match = /(?<!\p{L})(\p{L}+)-\n(\p{L}+)/u.exec(head.text);
    expect(match).not.toBeNull();
    const joined = head.text.replace(match![0], `${match![1]}${match![2]}`);
    await services.issues.save(issue.id, joined);
    const out = await services.pages.exportOcr(issue.id, undefined, 'alto');
    const xml = new TextDecoder().decode(out.bytes);
    const whole = `${match![1]}${match![2]}`;
    expect(xml).toContain(`SUBS_TYPE="HypPart1" SUBS_CONTENT="${whole}"`);
    expect(xml).toContain(`SUBS_TYPE="HypPart2" SUBS_CONTENT="${whole}"`);
    expect((await importBytes(out.bytes, out.sourceName)).text).toBe(joined);
  });
});
