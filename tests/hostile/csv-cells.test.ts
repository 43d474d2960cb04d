/**
 * CSV files Galley writes are opened by editors in Excel and WPS: no cell may start like a
 * formula. The rule list export (the reproduction: `rules export` wrote `=cmd|' /C calc'!A0`
 * as it was) and the correction report both escape with a leading apostrophe, and importing an
 * exported rule list gives back the exact text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, rulesFromCsv, rulesToCsv } from '../../src/core/rules/csv';
import { validateRuleList } from '../../src/core/rules/validate';
import { reportCsv } from '../../src/core/export/index';
import { fromSpreadsheetCell, spreadsheetCell } from '../../src/core/text/spreadsheet-cell';
import { galley, removeFolder, tempFolder } from '../workspace/helpers';

const FORMULA = /^[=+\-@\t\r]/;
const PAYLOAD = "=cmd|' /C calc'!A0";

let root: string;
beforeAll(async () => {
  root = await tempFolder('galley-csv-');
});
afterAll(() => removeFolder(root));

/** Every cell of a CSV text (BOM removed). */
function cellsOf(csv: string): string[] {
  const parsed = parseCsv(csv.replace(/^\ufeff/, ''));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.rows.flatMap((row) => row.cells);
}

describe('spreadsheet cells', () => {
  it('never start like a formula, and read back to the text they came from', () => {
    const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", 'a', '中', '');
    fc.assert(
      fc.property(start, fc.string(), (head, rest) => {
        const text = head + rest;
        const cell = spreadsheetCell(text);
        expect(FORMULA.test(cell)).toBe(false);
        expect(fromSpreadsheetCell(cell)).toBe(text);
      }),
    );
  });

  it('round-trips rule lists whose texts start like formulas', () => {
    const hostile = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', "'=", "'", '己'), fc.string({ minLength: 1 }))
      .map(([head, rest]) => head + rest.replace(/[^\p{L}\p{N}=+@-]/gu, 'x'));
    fc.assert(
      fc.property(hostile, hostile, (find, note) => {
        const input = {
          replacements: [{ find, replace: '已', note }],
          protected: [],
          formulations: [{ phrase: `${find}x`, note }],
        };
        const list = validateRuleList(input);
        fc.pre(list.ok);
        if (!list.ok) return;
        const csv = rulesToCsv(list.value);
        for (const cell of cellsOf(csv)) expect(FORMULA.test(cell)).toBe(false);
        const back = rulesFromCsv(csv);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.value.replacements[0]).toMatchObject({ find, note });
        expect(back.value.formulations[0]).toMatchObject({ phrase: `${find}x`, note });
      }),
    );
  });

  it('escapes the correction report’s tab and CR starts too', () => {
    const csv = reportCsv([
      {
        kind: 'stray-space',
        line: 1,
        start: 0,
        end: 1,
        before: '\tx',
        after: '@SUM(A1)',
        context: { before: '-2+3', after: '=1' },
      },
    ] as never);
    for (const cell of cellsOf(csv)) expect(FORMULA.test(cell)).toBe(false);
  });
});

describe('galley rules export', () => {
  it('writes a formula-looking rule with an apostrophe, and imports it back as it was', async () => {
    const ws = join(root, 'ws');
    const input = join(root, 'in.csv');
    await writeFile(input, `kind,find,replace,note\r\nreplacement,"${PAYLOAD}",x,"@SUM(1+1)"\r\n`);
    const imported = await galley(['rules', 'import', input, '--workspace', ws]);
    expect(imported.code, imported.stderr).toBe(0);

    const out = join(root, 'out.csv');
    const exported = await galley(['rules', 'export', out, '--workspace', ws]);
    expect(exported.code, exported.stderr).toBe(0);
    const cells = cellsOf(await readFile(out, 'utf8'));
    expect(cells).toContain(`'${PAYLOAD}`);
    expect(cells).toContain("'@SUM(1+1)");
    for (const cell of cells) expect(FORMULA.test(cell)).toBe(false);

    const ws2 = join(root, 'ws2');
    expect((await galley(['rules', 'import', out, '--workspace', ws2])).code).toBe(0);
    const listed = await galley(['rules', 'list', '--json', '--workspace', ws2]);
    const list = JSON.parse(listed.stdout) as { replacements: { find: string; note: string }[] };
    expect(list.replacements.map((r) => [r.find, r.note])).toEqual([[PAYLOAD, '@SUM(1+1)']]);
  }, 60_000);
});
