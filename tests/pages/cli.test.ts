/**
 * The page commands of the real `galley` binary: `import FILE --image SCAN` and
 * `export ISSUE --format alto|page|hocr`, with their sentences for a wrong scan or format.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../src/main/import/index';
import { galley, removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, layOut } from './helpers';

let root: string;
let ws: string;
beforeAll(async () => {
  root = await tempFolder('galley-cli-pages-');
  ws = join(root, 'workspace');
});
afterAll(async () => {
  await removeFolder(root);
});

describe('galley import --image and export --format alto', () => {
  it('imports the Kant ALTO with its TIFF and writes a corrected version back', async () => {
    const file = await layOut(root, 'alto', false);
    const imported = await galley([
      'import',
      file,
      '--image',
      join(OCR, PAGES.alto.image),
      '--workspace',
      ws,
      '--json',
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const issueId = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    const shown = await galley(['show', issueId, '--workspace', ws]);
    const corrected = shown.stdout.replace('gewiegelt worden', 'gewiegelt worden,');
    expect(corrected).not.toBe(shown.stdout);
    const edited = join(root, 'edited.txt');
    await writeFile(edited, corrected);
    expect((await galley(['save', issueId, edited, '-m', 'comma', '--workspace', ws])).code).toBe(
      0,
    );
    const out = join(root, 'out-alto.xml');
    const exported = await galley([
      'export',
      issueId,
      '--format',
      'alto',
      '-o',
      out,
      '--workspace',
      ws,
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const back = await importBytes(await readFile(out), 'out-alto.xml');
    expect(back.text).toBe(corrected.replace(/\n$/, ''));
    const wrong = await galley([
      'export',
      issueId,
      '--format',
      'hocr',
      '-o',
      join(root, 'x.hocr'),
      '--workspace',
      ws,
    ]);
    expect(wrong.code).not.toBe(0);
    // The same sentence the app gives in English.
    expect(wrong.stderr).toMatch(/imported from ALTO, so it can be written back as ALTO, not hOCR/);
  }, 180_000);

  it('refuses a scan that is not an image, importing nothing', async () => {
    const file = await layOut(root, 'hocr', false);
    const bad = join(root, 'scan.png');
    await writeFile(bad, 'not an image');
    const run = await galley(['import', file, '--image', bad, '--workspace', ws]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/"scan\.png" is not an image Galley can read/);
    const issues = await galley(['issues', '--json', '--workspace', ws]);
    expect(issues.stdout).not.toContain('tess.hocr');
  }, 120_000);

  it("galley check ISSUE lists the OCR engine's unsure words as low-confidence", async () => {
    const file = await layOut(root, 'hocrChoices', false);
    const imported = await galley(['import', file, '--workspace', ws, '--json']);
    expect(imported.code).toBe(0);
    const issueId = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    const checked = await galley(['check', issueId, '--workspace', ws, '--json']);
    expect(checked.code).toBe(0);
    const { files } = JSON.parse(checked.stdout) as {
      files: { findings: { kind: string; confidence: string }[] }[];
    };
    const unsure = files[0].findings.filter((f) => f.kind === 'low-confidence');
    expect(unsure).toHaveLength(3);
    expect(unsure.every((f) => f.confidence === 'suggest')).toBe(true);
  }, 120_000);
});
