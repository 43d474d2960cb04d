/**
 * Nothing Galley prints to a terminal can act on it: control characters in messages, authors,
 * publications, titles and file names are shown as visible escapes (the reproduction: a save
 * with `-m $'\e]0;PWN\a\e[2J'` retitled and cleared the terminal when `versions` listed it).
 * Piped `show` stays byte for byte, so `show | save` still round-trips.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertJson, terminalLine, terminalText } from '../../src/cli/terminal';
import { galley, removeFolder, tempFolder } from '../workspace/helpers';

// eslint-disable-next-line no-control-regex -- what a terminal acts on
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\u001b]0;PWN\u0007\u001b[2J\u009b31m\u202eevil';

let root: string;
beforeAll(async () => {
  root = await tempFolder('galley-tty-');
});
afterAll(() => removeFolder(root));

describe('terminal text', () => {
  it('escapes every active character and keeps the rest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(ACTIVE.test(terminalText(text))).toBe(false);
        expect(ACTIVE.test(terminalLine(text))).toBe(false);
        expect(terminalLine(text)).not.toMatch(/[\n\t]/);
        expect(JSON.parse(inertJson(JSON.stringify(text)))).toBe(text);
      }),
    );
    expect(terminalLine(HOSTILE)).toBe('\\x1b]0;PWN\\x07\\x1b[2J\\x9b31m\\u202eevil');
    expect(terminalText('中文\n\tok')).toBe('中文\n\tok');
  });
});

describe('the CLI on hostile fields', () => {
  it('lists issues and versions with their control characters escaped', async () => {
    const ws = join(root, 'ws');
    const draft = join(root, 'draft.txt');
    await writeFile(draft, '标题\n\n本报讯 记者从市扶贫办获悉。\n');
    const imported = await galley([
      'import',
      draft,
      '--publication',
      HOSTILE,
      '--workspace',
      ws,
      '--json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(ACTIVE.test(imported.stdout)).toBe(false);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    await writeFile(draft, '本报讯 记者从市扶贫办获悉，全市已脱贫。\n');
    const saved = await galley([
      'save',
      id,
      draft,
      '-m',
      HOSTILE,
      '--author',
      HOSTILE,
      '--workspace',
      ws,
    ]);
    expect(saved.code, saved.stderr).toBe(0);

    for (const args of [
      ['issues'],
      ['issues', '--json'],
      ['versions', id],
      ['versions', id, '--json'],
    ]) {
      const run = await galley([...args, '--workspace', ws]);
      expect(run.code, run.stderr).toBe(0);
      expect(ACTIVE.test(run.stdout), args.join(' ')).toBe(false);
      expect(ACTIVE.test(run.stderr), args.join(' ')).toBe(false);
    }
    const listed = await galley(['versions', id, '--workspace', ws]);
    expect(listed.stdout).toContain('\\x1b]0;PWN\\x07');
    const json = await galley(['versions', id, '--json', '--workspace', ws]);
    const versions = (JSON.parse(json.stdout) as { versions: { message: string }[] }).versions;
    expect(versions[1].message).toBe(HOSTILE); // JSON carries the exact text

    // Piped (not a terminal), `show` is the stored text byte for byte (a draft with control
    // characters is refused at import as binary data, so texts hold none).
    const shown = await galley(['show', id, '--version', '1', '--workspace', ws]);
    expect(shown.stdout).toBe('标题\n\n本报讯 记者从市扶贫办获悉。\n');
  }, 120_000);

  it('escapes a hostile file name in the error line', async () => {
    const name = join(root, `\u001b[2Jmissing.txt`);
    const run = await galley(['check', name]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('\\x1b[2Jmissing.txt');
    expect(ACTIVE.test(run.stderr)).toBe(false);
  }, 60_000);
});
