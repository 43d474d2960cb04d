/**
 * Bench: the workspace store on a real temp folder.
 *
 * - Saving the 100th version of a 1 MB issue (text, sidecar and index, each written to a temp
 *   file, fsynced, renamed, folder fsynced), beside writing the same text with fs alone: once
 *   durably (temp file, fsync, rename, folder fsync: the same guarantee) and once with a bare
 *   fs.writeFile (no fsync, no atomicity). Saves 100, 101, … are timed, one per run.
 * - The same save through the issue service, which also segments and analyses the text for
 *   the version's counts (the engine's cost, shown apart).
 * - Opening a workspace of 1,000 issues (lock, read, schema validation), to write and to read.
 * - Listing the versions of an issue with 1,000 versions: open + list + close, as
 *   `galley versions` does after start-up, and the in-memory list alone.
 *
 * Run alone with `npx tsx bench/workspace.ts`; bench/run.ts lists `workspaceBench`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/main/services/index';
import {
  openWorkspace,
  type NewIssue,
  type NewVersion,
  type WorkspaceRepository,
} from '../src/main/workspace/index';
import { log, runBench, type BenchRow, type BenchSection, type Measurement } from './harness';
import { generateIssue } from './issue';

const ISSUE_BYTES = 1_000_000;
const RUNS = 9;
/** Interleaved rounds of the save bench (store, durable fs, bare fs each). */
const SAVE_ROUNDS = 21;
const OPEN_ISSUES = 1000;
const LIST_VERSIONS = 1000;

let figures: Record<string, Measurement | number[]> = {};

export const workspaceBench: BenchSection = {
  id: 'workspace',
  title: 'Workspace store',
  run: runWorkspaceBench,
  details: () => figures,
};

const ISSUE: NewIssue = {
  title: '衡阳日报',
  publication: 'bench',
  date: '2020-03-05',
  edition: '',
  sourceName: 'bench.txt',
  format: 'txt',
  encoding: 'utf-8',
  pages: 1,
};

function version(text: string, origin: NewVersion['origin'] = 'edited'): NewVersion {
  return { text, origin, author: 'bench', message: 'bench', blocks: 1, findings: 0 };
}

/** `text` with one character changed at a spot that depends on `k`, so every save is new. */
function variant(text: string, k: number): string {
  const at = (k * 7919) % (text.length - 1);
  return `${text.slice(0, at)}${String.fromCharCode(0x4e00 + (k % 2000))}${text.slice(at + 1)}`;
}

async function runWorkspaceBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-ws-'));
  try {
    const rows: BenchRow[] = [];
    rows.push(...(await benchSave(join(root, 'save'))));
    rows.push(await benchOpen(join(root, 'open')));
    rows.push(...(await benchList(join(root, 'list'))));
    return rows;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function benchSave(folder: string): Promise<BenchRow[]> {
  const base = generateIssue(ISSUE_BYTES);
  const mb = (Buffer.byteLength(base, 'utf8') / 1e6).toFixed(2);
  log(`save: 99 versions of a ${mb} MB issue`);
  const ws = await openWorkspace(folder);
  const { issue } = await ws.createIssue(ISSUE, version(base, 'imported'));
  for (let k = 1; k < 99; k++) await ws.addVersion(issue.id, version(variant(base, k)));

  const plainDir = join(folder, 'fs-plain');
  const durableDir = join(folder, 'fs-durable');
  await mkdir(plainDir);
  await mkdir(durableDir);
  // Interleaved, one of each per round, so that both sides meet the same disk state (on ext4 an
  // fsync can wait for other dirty data, e.g. the 99 MB just written).
  const storeRuns: number[] = [];
  const durableRuns: number[] = [];
  const plainRuns: number[] = [];
  let k = 99;
  for (let round = 0; round < SAVE_ROUNDS; round++) {
    const text = variant(base, k++);
    storeRuns.push(await timed(() => ws.addVersion(issue.id, version(text))));
    const same = variant(base, 5000 + round);
    durableRuns.push(await timed(() => durableWrite(durableDir, `${round}.txt`, same)));
    plainRuns.push(await timed(() => writeFile(join(plainDir, `${round}.txt`), same)));
  }
  const firstTimed = 100;
  const lastTimed = k;
  const services = createServices(ws);
  const service = await runBench(
    'service save',
    () => services.issues.save(issue.id, variant(base, k++)),
    { warmup: 0, runs: 3 },
  );
  await ws.close();
  const store = { medianMs: median(storeRuns) };
  const durable = { medianMs: median(durableRuns) };
  const plain = { medianMs: median(plainRuns) };
  figures = {
    ...figures,
    storeSaveMs: storeRuns,
    fsDurableMs: durableRuns,
    fsWriteFileMs: plainRuns,
    serviceSave: service,
  };
  const ratio = store.medianMs / durable.medianMs;
  return [
    {
      task: `save the 100th version of a ${mb} MB issue (store; saves ${firstTimed}–${lastTimed}, median)`,
      galley: `${store.medianMs.toFixed(1)} ms`,
      baseline: `${durable.medianMs.toFixed(1)} ms fs durable write (${ratio.toFixed(2)}×); ${plain.medianMs.toFixed(1)} ms bare fs.writeFile (${(store.medianMs / plain.medianMs).toFixed(2)}×)`,
      target: 'within 2× of fs (durable)',
      met: ratio <= 2,
    },
    {
      task: `the same save through the issue service (segments and analyses the text for its counts)`,
      galley: `${service.medianMs.toFixed(0)} ms`,
      baseline: `${store.medianMs.toFixed(1)} ms of it is the store`,
      target: '',
    },
  ];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** What the store does for one file, with fs alone: temp file, fsync, rename, folder fsync. */
async function durableWrite(folder: string, name: string, text: string): Promise<void> {
  const temp = join(folder, `${name}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(temp, join(folder, name));
  const dir = await open(folder, 'r');
  await dir.sync();
  await dir.close();
}

async function benchOpen(folder: string): Promise<BenchRow> {
  log(`open: building a workspace of ${OPEN_ISSUES} issues`);
  const draft = generateIssue(4000);
  const ws = await openWorkspace(folder);
  for (let i = 0; i < OPEN_ISSUES; i++) {
    await ws.createIssue({ ...ISSUE, title: `第${i}期` }, version(variant(draft, i), 'imported'));
  }
  await ws.close();
  const toWrite = await runBench(
    'open to write',
    async () => {
      const opened = await openWorkspace(folder);
      if (opened.listIssues().length !== OPEN_ISSUES) throw new Error('issues missing');
      await opened.close();
    },
    { warmup: 1, runs: RUNS },
  );
  const toRead = await runBench(
    'open to read',
    async () => {
      const opened = await openWorkspace(folder, { mode: 'read' });
      if (opened.listIssues().length !== OPEN_ISSUES) throw new Error('issues missing');
      await opened.close();
    },
    { warmup: 1, runs: RUNS },
  );
  figures = { ...figures, openToWrite: toWrite, openToRead: toRead };
  return {
    task: `open a workspace of ${OPEN_ISSUES.toLocaleString('en')} issues (lock, read, validate, close)`,
    galley: `${toWrite.medianMs.toFixed(1)} ms`,
    baseline: `${toRead.medianMs.toFixed(1)} ms to read only (no lock)`,
    target: '< 200 ms',
    met: toWrite.medianMs < 200,
  };
}

async function benchList(folder: string): Promise<BenchRow[]> {
  log(`list: building an issue with ${LIST_VERSIONS} versions`);
  const draft = generateIssue(4000);
  const ws = await openWorkspace(folder);
  const { issue } = await ws.createIssue(ISSUE, version(draft, 'imported'));
  for (let k = 1; k < LIST_VERSIONS; k++) await ws.addVersion(issue.id, version(variant(draft, k)));
  const inMemory = await runBench('list in memory', () => listAll(ws, issue.id), {
    warmup: 1,
    runs: RUNS,
  });
  await ws.close();
  const cold = await runBench(
    'open, list, close',
    async () => {
      const opened = await openWorkspace(folder, { mode: 'read' });
      listAll(opened, issue.id);
      await opened.close();
    },
    { warmup: 1, runs: RUNS },
  );
  figures = { ...figures, listInMemory: inMemory, listOpened: cold };
  return [
    {
      task: `list the versions of an issue with ${LIST_VERSIONS.toLocaleString('en')} versions (open to read, list, close)`,
      galley: `${cold.medianMs.toFixed(1)} ms`,
      baseline: `${(inMemory.medianMs * 1000).toFixed(0)} µs for the list alone, workspace open`,
      target: '',
    },
  ];
}

function listAll(ws: WorkspaceRepository, issueId: string): void {
  const versions = ws.listVersions(issueId);
  if (versions.length !== LIST_VERSIONS) throw new Error(`listed ${versions.length} versions`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatSection } = await import('./harness');
  process.stdout.write(`${formatSection(workspaceBench.title, await workspaceBench.run())}\n`);
}
