import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Row {
  issue: string;
  severity: string;
  file: string;
  location: string;
}

/** Parses electronegativity's CSV (quoted fields, commas inside quotes). */
function parseCsv(csv: string): Row[] {
  const rows: Row[] = [];
  for (const line of csv.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const fields = [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)]
      .filter((m) => m.index === 0 || line[m.index - 1] === ',')
      .map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'));
    rows.push({ issue: fields[0], severity: fields[1], file: fields[3], location: fields[4] });
  }
  return rows;
}

describe('Electron security audit (electronegativity)', () => {
  it('leaves no HIGH or MEDIUM finding unexplained', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'galley-eneg-'));
    try {
      const csv = join(folder, 'report.csv');
      await run(
        process.execPath,
        [resolve('tests/security/electronegativity-run.cjs'), 'src', csv],
        {
          timeout: 240_000,
        },
      );
      const rows = parseCsv(await readFile(csv, 'utf8'));
      expect(rows.length).toBeGreaterThan(0); // the scan really ran over our sources
      const explained = JSON.parse(
        await readFile('tests/security/electronegativity-explained.json', 'utf8'),
      ) as { explained: { issue: string; file: string }[] };
      const unexplained = rows.filter(
        (row) =>
          (row.severity === 'HIGH' || row.severity === 'MEDIUM') &&
          !explained.explained.some((e) => e.issue === row.issue && e.file === row.file),
      );
      expect(unexplained).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
