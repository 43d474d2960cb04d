/**
 * Crash safety: a child process saves versions in a loop and is killed with SIGKILL at a random
 * moment, 200 times. After each kill the workspace opens (taking over the dead child's lock)
 * with a sound index, and every version whose save was acknowledged reads back byte for byte.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type WorkspaceRepository } from '../../src/main/workspace/index';
import { crashText } from './fixtures/crash-text';
import { childScript, removeChildScripts, removeFolder, startChild, tempFolder } from './helpers';

const ROUNDS = 200;
const SEED = 20200305;

interface Ack {
  readonly issueId: string;
  readonly versionId: string;
  readonly round: number;
  readonly n: number;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function verify(ws: WorkspaceRepository, ack: Ack): Promise<void> {
  const version = ws.resolveVersion(ack.issueId, ack.versionId);
  expect(version.id).toBe(ack.versionId);
  expect(await ws.readText(version)).toBe(crashText(ack.round, ack.n));
}

let folder: string;
beforeAll(async () => {
  folder = await tempFolder('galley-crash-');
});
afterAll(async () => {
  await removeFolder(folder);
  await removeChildScripts();
});

describe('crash safety', () => {
  it(
    `keeps every acknowledged version through ${ROUNDS} SIGKILLs`,
    { timeout: 300_000 },
    async () => {
      const script = await childScript('save-loop');
      const rand = random(SEED);
      const acks: Ack[] = [];
      let killedBeforeReady = 0;
      const started = performance.now();

      for (let round = 0; round < ROUNDS; round++) {
        const child = startChild(script, [folder, String(round)]);
        if (rand() < 0.25) {
          // Anywhere from start-up through opening, lock-taking and creating an issue.
          await sleep(rand() * 150);
        } else {
          await child.waitForLine((line) => line === 'ready');
          await sleep(rand() * 60);
        }
        child.process.kill('SIGKILL');
        const exit = await child.exited;
        expect(exit.signal, `round ${round} ended by itself: ${child.stderr.join('')}`).toBe(
          'SIGKILL',
        );
        if (!child.lines.includes('ready')) killedBeforeReady++;
        const fresh = child.lines
          .filter((line) => line.startsWith('ack '))
          .map((line) => {
            const [, issueId, versionId, r, n] = line.split(' ');
            return { issueId, versionId, round: Number(r), n: Number(n) };
          });
        acks.push(...fresh);

        const ws = await openWorkspace(folder, { wait: 10_000 });
        // A save killed after its sidecar but before its index row is listed again, by name.
        expect(ws.recovery?.damage ?? null, `round ${round}: the index needed recovery`).toSatisfy(
          (damage) => damage === null || damage === 'interrupted',
        );
        for (const ack of fresh) await verify(ws, ack);
        for (let i = 0; i < 3 && acks.length > 0; i++) {
          await verify(ws, acks[Math.floor(rand() * acks.length)]);
        }
        await ws.close();
      }

      const ws = await openWorkspace(folder, { mode: 'read' });
      for (const ack of acks) await verify(ws, ack);
      const versions = ws.listIssues().flatMap((issue) => ws.listVersions(issue.id));
      await ws.close();
      expect(await readdir(join(folder, 'tmp'))).toEqual([]);

      // After all that, lose the index: the good copy and the sidecars still hold every version.
      await writeFile(join(folder, 'index.json'), '{"schemaVersion": 2, "issu');
      const rebuilt = await openWorkspace(folder);
      expect(rebuilt.recovery).toMatchObject({ damage: 'invalid-json' });
      for (const ack of acks) await verify(rebuilt, ack);
      // Every version keeps its number; saves killed before their index row come back after.
      for (const version of versions) {
        expect(rebuilt.resolveVersion(version.issueId, version.id).number).toBe(version.number);
      }
      await rebuilt.close();
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `crash test: ${ROUNDS} kills (${killedBeforeReady} before the child was ready), ` +
          `${acks.length} acknowledged saves all intact, ${versions.length} versions in the index, ` +
          `${seconds.toFixed(1)} s`,
      );
      expect(acks.length).toBeGreaterThan(ROUNDS);
      expect(versions.length).toBeGreaterThanOrEqual(acks.length);
    },
  );
});
