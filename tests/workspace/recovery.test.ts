/**
 * A damaged index is detected when the workspace opens, kept in backups/ byte for byte, and
 * rebuilt from the last good copy and the version sidecars; stray texts are adopted.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  layoutOf,
  openWorkspace,
  sha256Hex,
  textPath,
  type IssueRow,
  type VersionRow,
  type DecisionRow,
} from '../../src/main/workspace/index';
import { filesIn, issueFields, removeFolder, tempFolder, versionInput } from './helpers';

let folder: string;
let index: string;
let good: string;

interface Contents {
  issues: IssueRow[];
  versions: VersionRow[];
  decisions: DecisionRow[];
  texts: string[];
}

/** Two issues, one trashed, four versions, decisions; returns what the index held. */
async function populate(): Promise<Contents> {
  const ws = await openWorkspace(folder);
  const a = await ws.createIssue(
    issueFields({ title: '甲' }),
    versionInput('甲版\n\n第一稿', { origin: 'imported' }),
  );
  await ws.addVersion(a.issue.id, versionInput('甲版\n\n第二稿'));
  await ws.recordDecisions(a.issue.id, [{ findingId: 'stray-space:x1', decision: 'rejected' }]);
  const b = await ws.createIssue(
    issueFields({ title: '乙' }),
    versionInput('乙版', { origin: 'imported' }),
  );
  await ws.addVersion(
    b.issue.id,
    versionInput('乙版，已清理', {
      origin: 'cleaned',
      decisions: [{ findingId: 'punctuation-width:y', decision: 'accepted' }],
    }),
  );
  await ws.setTrashed(b.issue.id, true);
  const contents = await contentsOf(ws);
  await ws.close();
  return contents;
}

async function contentsOf(ws: Awaited<ReturnType<typeof openWorkspace>>): Promise<Contents> {
  const issues = ws.listIssues({ includeTrashed: true });
  const versions = issues.flatMap((i) => ws.listVersions(i.id));
  const decisions = issues.flatMap((i) => ws.listDecisions(i.id));
  const texts = await Promise.all(versions.map((v) => ws.readText(v)));
  return { issues, versions, decisions, texts };
}

beforeEach(async () => {
  folder = await tempFolder();
  index = join(folder, 'index.json');
  good = join(folder, 'index.json.good');
});
afterEach(async () => {
  await removeFolder(folder);
});

const DAMAGES: [string, string, (bytes: Buffer) => Buffer][] = [
  ['truncated', 'invalid-json', (b) => b.subarray(0, Math.floor(b.length / 2))],
  ['NUL-filled', 'nul-filled', (b) => Buffer.alloc(b.length)],
  ['empty', 'empty', () => Buffer.alloc(0)],
  ['invalid JSON', 'invalid-json', () => Buffer.from('{"schemaVersion": 2, issues: [}')],
  [
    'hand-edited against the schema',
    'schema',
    (b) => Buffer.from(b.toString('utf8').replace('"origin":"edited"', '"origin":"typed in"')),
  ],
  [
    'hand-edited to break version numbers',
    'schema',
    (b) => Buffer.from(b.toString('utf8').replace('"number":2', '"number":7')),
  ],
];

describe('recovering a damaged index', () => {
  for (const [name, kind, damage] of DAMAGES) {
    it(`recovers an index that is ${name}, keeping the damaged file`, async () => {
      const before = await populate();
      const damaged = damage(await readFile(index));
      await writeFile(index, damaged);

      const ws = await openWorkspace(folder);
      expect(ws.recovery).toMatchObject({ damage: kind, fromGoodCopy: true, orphanTexts: 0 });
      expect(await contentsOf(ws)).toEqual(before);
      const backup = ws.recovery?.backup ?? '';
      expect(dirname(backup)).toBe(join(folder, 'backups'));
      expect(await readFile(backup)).toEqual(damaged);
      await ws.close();

      // The rebuilt index is written back and opens cleanly.
      const again = await openWorkspace(folder, { mode: 'read' });
      expect(again.recovery).toBeNull();
      expect(await contentsOf(again)).toEqual(before);
      await again.close();
    });
  }

  it('brings back versions saved after the good copy from their sidecars', async () => {
    await populate();
    const staleGood = join(folder, 'stale-good.json');
    await copyFile(good, staleGood);
    const ws = await openWorkspace(folder);
    const issueId = ws.listIssues()[0].id;
    const later = await ws.addVersion(issueId, versionInput('甲版\n\n第三稿'));
    const expected = await contentsOf(ws);
    await ws.close();
    await copyFile(staleGood, good);
    await rm(staleGood);
    await writeFile(index, '{"trunc');

    const recovered = await openWorkspace(folder);
    expect(recovered.recovery).toMatchObject({ fromGoodCopy: true, versionsFromRecords: 1 });
    expect(await contentsOf(recovered)).toEqual(expected);
    expect(recovered.headVersion(issueId).id).toBe(later.id);
    await recovered.close();
  });

  it('rebuilds a workspace that only ever saved versions from its sidecars', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('一', { origin: 'imported' }),
    );
    await ws.addVersion(issue.id, versionInput('二'));
    await ws.addVersion(
      issue.id,
      versionInput('三', {
        origin: 'cleaned',
        decisions: [{ findingId: 'stray-space:z', decision: 'accepted' }],
      }),
    );
    const before = await contentsOf(ws);
    await ws.close();
    expect(await filesIn(folder)).not.toContain('index.json.good');
    await writeFile(index, '{');
    const recovered = await openWorkspace(folder);
    expect(recovered.recovery).toMatchObject({ fromGoodCopy: false, versionsFromRecords: 3 });
    expect(await contentsOf(recovered)).toEqual(before);
    await recovered.close();
  });

  it('prefers a decision recorded with a version over an older one in the good copy', async () => {
    await populate();
    const ws = await openWorkspace(folder);
    const issueId = ws.listIssues()[0].id;
    expect(ws.listDecisions(issueId)[0]).toMatchObject({
      findingId: 'stray-space:x1',
      decision: 'rejected',
    });
    await ws.addVersion(
      issueId,
      versionInput('甲版\n\n第三稿', {
        origin: 'cleaned',
        decisions: [{ findingId: 'stray-space:x1', decision: 'accepted' }],
      }),
    );
    const expected = await contentsOf(ws);
    await ws.close();
    await writeFile(index, '');
    const recovered = await openWorkspace(folder);
    expect(recovered.recovery).toMatchObject({ fromGoodCopy: true, versionsFromRecords: 1 });
    expect(recovered.listDecisions(issueId)).toEqual(
      expected.decisions.filter((d) => d.issueId === issueId),
    );
    expect(recovered.listDecisions(issueId)[0].decision).toBe('accepted');
    await recovered.close();
  });

  it('lists a save the index lost (an older index came back) under its own number, before any new save', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('一', { origin: 'imported' }),
    );
    await ws.addVersion(issue.id, versionInput('二'));
    await ws.close();
    const indexBefore = await readFile(index);

    // A save whose sidecar and text landed but whose index row did not (killed in between).
    const lost = await openWorkspace(folder);
    const unacknowledged = await lost.addVersion(issue.id, versionInput('三（未确认）'));
    await lost.close();
    await writeFile(index, indexBefore);

    const next = await openWorkspace(folder);
    expect(next.recovery).toMatchObject({ damage: 'stale', versionsFromRecords: 1 });
    expect(next.resolveVersion(issue.id, 3).id).toBe(unacknowledged.id);
    const fourth = await next.addVersion(issue.id, versionInput('四'));
    expect(fourth.number).toBe(4);
    await next.close();

    await writeFile(index, 'garbage');
    const recovered = await openWorkspace(folder);
    const numbers = recovered.listVersions(issue.id).map((v) => [v.id, v.number]);
    expect(numbers.slice(2)).toEqual([
      [unacknowledged.id, 3],
      [fourth.id, 4],
    ]);
    expect(await recovered.readText(recovered.resolveVersion(issue.id, 3))).toBe('三（未确认）');
    await recovered.close();
  });

  it('rebuilds from the sidecars alone when the good copy is damaged too', async () => {
    const before = await populate();
    await writeFile(index, Buffer.alloc(100));
    const goodBytes = Buffer.from('{"schemaVersion": 2');
    await writeFile(good, goodBytes);

    const ws = await openWorkspace(folder);
    expect(ws.recovery).toMatchObject({
      damage: 'nul-filled',
      fromGoodCopy: false,
      versionsFromRecords: 4,
      issuesFromRecords: 2,
    });
    expect(await readFile(ws.recovery?.goodBackup ?? '')).toEqual(goodBytes);
    const after = await contentsOf(ws);
    expect(after.texts).toEqual(before.texts);
    expect(after.versions).toEqual(before.versions);
    // The trashed issue stays in the trash: its state record outlives both index files.
    expect(after.issues).toEqual(before.issues);
    expect(after.issues.map((i) => i.trashed !== null)).toEqual([false, true]);
    expect(ws.recovery).toMatchObject({ issueStates: 1, unknownStates: 1 });
    // Decisions made together with a version come back from its sidecar.
    expect(after.decisions.map((d) => d.findingId)).toEqual(['punctuation-width:y']);
    await ws.close();
    expect(await filesIn(join(folder, 'backups'))).toHaveLength(2);
  });

  it('adopts text files no version names as a "Recovered texts" issue', async () => {
    await populate();
    const stray = '没有索引的文本\n\n第二段';
    const sha = sha256Hex(Buffer.from(stray));
    const path = textPath(layoutOf(folder), sha);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, stray);
    await rm(index);

    const ws = await openWorkspace(folder);
    expect(ws.recovery).toMatchObject({ damage: 'missing', backup: null, orphanTexts: 1 });
    const recoveredId = ws.recovery?.recoveredIssueId ?? '';
    const versions = ws.listVersions(recoveredId);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ origin: 'recovered', sha256: sha, blocks: 2 });
    expect(await ws.readText(versions[0])).toBe(stray);
    await ws.close();

    // A second recovery finds the adopted text in its issue instead of adopting it again.
    await writeFile(index, '');
    await rm(good);
    const again = await openWorkspace(folder);
    expect(again.recovery).toMatchObject({ orphanTexts: 0 });
    expect(again.listVersions(recoveredId).map((v) => v.sha256)).toEqual([sha]);
    await again.close();
  });

  it('reports a version whose text file was deleted instead of dropping it', async () => {
    const before = await populate();
    const victim = before.versions[1];
    await rm(textPath(layoutOf(folder), victim.sha256));
    await writeFile(index, '');
    const ws = await openWorkspace(folder);
    expect(ws.recovery).toMatchObject({ missingTexts: 1 });
    await expect(ws.readText(ws.resolveVersion(victim.issueId, victim.id))).rejects.toMatchObject({
      code: 'missing-text',
    });
    await ws.close();
  });

  it('reports a text file whose bytes changed instead of returning them', async () => {
    const before = await populate();
    const victim = before.versions[0];
    await writeFile(textPath(layoutOf(folder), victim.sha256), 'something else entirely');
    const ws = await openWorkspace(folder, { mode: 'read' });
    await expect(ws.readText(victim)).rejects.toMatchObject({ code: 'corrupt-text' });
    await ws.close();
  });

  it('recovers when opened to read if no writer holds the workspace', async () => {
    const before = await populate();
    await writeFile(index, '[1, 2');
    const reader = await openWorkspace(folder, { mode: 'read' });
    expect(reader.writable).toBe(false);
    expect(reader.recovery).toMatchObject({ damage: 'invalid-json' });
    expect(await contentsOf(reader)).toEqual(before);
    await reader.close();
    expect(await filesIn(folder)).not.toContain('workspace.lock');
  });
});
