/**
 * `npm run bench`: every bench section, printed as markdown tables and written to
 * test-output/bench.json. `npm run bench -- engine batch` runs only the sections named.
 *
 * Sections are listed here, one line each; a bench file exports a BenchSection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { archiveBench } from './archive';
import { batchBench } from './batch';
import { compareBench } from './compare';
import { engineBench } from './engine';
import { formatSection, type BenchRow, type BenchSection } from './harness';
import { hugeBench } from './huge';
import { rulesBench } from './rules';
import { workspaceBench } from './workspace';

const SECTIONS: readonly BenchSection[] = [
  engineBench, // engine: whole analysis MB/s, each detector, duplicate growth
  batchBench, // batch: galley clean --jobs 1 vs --jobs 2
  compareBench, // compare: two versions, galley vs diff-match-patch
  workspaceBench, // workspace: save the 100th version, open 1,000 issues, list 1,000 versions
  rulesBench, // rules: 10 vs 10,000 rules on a 1 MB issue
  archiveBench, // archive: one issue against 1,000 and 10,000 issues
  hugeBench, // huge: 200 MB draft, finding-dense 24 MB, 1,000,000 paragraphs (peak memory)
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((id) => !SECTIONS.some((s) => s.id === id));
if (unknown.length > 0) {
  process.stderr.write(
    `bench: unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.id).join(', ')}\n`,
  );
  process.exit(2);
}

const results: { id: string; title: string; rows: BenchRow[]; details: unknown }[] = [];
// The load average says how shared the machine was: wall-clock figures mean little above it.
const load = loadavg()[0].toFixed(1);
process.stdout.write(
  `## Speed (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${load} at start)\n\n`,
);
for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
  const rows = await section.run();
  results.push({ id: section.id, title: section.title, rows, details: section.details?.() });
  process.stdout.write(`${formatSection(section.title, rows)}\n`);
}
mkdirSync('test-output', { recursive: true });
writeFileSync(
  'test-output/bench.json',
  `${JSON.stringify({ node: process.version, cpus: cpus().length, loadAverage: loadavg(), date: new Date().toISOString(), sections: results }, null, 2)}\n`,
);
process.stdout.write('Wrote test-output/bench.json\n');
