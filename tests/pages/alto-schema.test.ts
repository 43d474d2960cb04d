/**
 * The ALTO Galley writes back validates against the published ALTO schema (4.4, CC BY-SA 4.0,
 * vendored in tests/pages/schemas with a NOTICE) under `xmllint --schema` from Debian's
 * libxml2-utils, with the network off. The input is the Kant page's ALTO with its namespace moved
 * from ALTO 2.0 to 4 (the corpus has no ALTO 4 file, and the 2.0 schema carries no licence): the
 * page itself validates as it is, and so does the file after the editor's corrections, a clean's
 * joined hyphenations (HypPart1/HypPart2 with SUBS_CONTENT), a join, a split and an added word.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../src/main/import/index';
import type { Services } from '../../src/main/services/index';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, servicesIn } from './helpers';

const SCHEMA = fileURLToPath(new URL('schemas/alto-4-4.xsd', import.meta.url));
const run = promisify(execFile);

/** xmllint's verdict on `file`: valid, or its first lines of complaint. */
async function validate(file: string): Promise<{ valid: boolean; output: string }> {
  try {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file]);
    return { valid: true, output: stderr };
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    return { valid: false, output: stderr.split('\n').slice(0, 5).join('\n') };
  }
}

/** A correction, a join, a split, an added word and two lines joined, on a long line. */
function edit(text: string): string {
  const lines = text.split('\n');
  const long = lines.findIndex(
    (l, i) => l.split(' ').length > 6 && lines[i + 1]?.split(' ').length > 3,
  );
  const words = lines[long].split(' ');
  words[1] = `${words[1].toUpperCase()}x`;
  words[2] = `${words[2]}${words[3]}`;
  words.splice(3, 1);
  const at = words.findIndex((w, i) => i >= 3 && w.length >= 4);
  words[at] = `${words[at].slice(0, 2)} ${words[at].slice(2)}`;
  words.splice(at + 1, 0, 'added');
  lines[long] = `${words.join(' ')} ${lines[long + 1]}`;
  lines.splice(long + 1, 1);
  return lines.join('\n');
}

describe('ALTO written back validates against the ALTO 4.4 schema', () => {
  let folder: string;
  let services: Services;
  let input: string;

  beforeAll(async () => {
    folder = await tempFolder('galley-alto-schema-');
    services = await servicesIn(join(folder, 'workspace'));
    const v2 = await readFile(join(OCR, PAGES.alto.file), 'utf8');
    input = join(folder, 'PAGE_0020_ALTO4.xml');
    await writeFile(
      input,
      v2.replaceAll('alto/ns-v2#', 'alto/ns-v4#').replace(/ xsi:schemaLocation="[^"]*"/, ''),
    );
  });
  afterAll(async () => {
    await services.workspace.close();
    await removeFolder(folder);
  });

  it('the Kant page as ALTO 4 validates as it is', async () => {
    expect(await validate(input)).toMatchObject({ valid: true });
  });

  it('the corrected page validates, keeps HypPart and reads back as the version', async () => {
    const { issue } = await services.issues.importFile(input);
    const cleaned = await services.issues.clean(issue.id);
    expect(cleaned.applied.some((f) => f.kind === 'hyphenation')).toBe(true);
    const text = edit((await services.issues.read(issue.id)).text);
    await services.issues.save(issue.id, text);
    const out = await services.pages.exportOcr(issue.id, undefined, 'alto');
    const file = join(folder, 'written.alto.xml');
    await writeFile(file, out.bytes);
    const verdict = await validate(file);
    expect(verdict.output).toContain('validates');
    expect(verdict.valid).toBe(true);
    const xml = Buffer.from(out.bytes).toString('utf8');
    expect(xml).toMatch(
      /SUBS_TYPE="HypPart1"[^>]*SUBS_CONTENT="|SUBS_CONTENT="[^"]*"[^>]*SUBS_TYPE="HypPart1"/,
    );
    expect((await importBytes(out.bytes, 'written.alto.xml')).text).toBe(text);
  });

  it('the check is real: a String without its CONTENT does not validate', async () => {
    const broken = join(folder, 'broken.alto.xml');
    const xml = await readFile(input, 'utf8');
    await writeFile(broken, xml.replace(/(<String\b[^>]*?) CONTENT="[^"]*"/, '$1'));
    const verdict = await validate(broken);
    expect(verdict.valid).toBe(false);
    expect(verdict.output).toMatch(/CONTENT/);
  });
});
