/**
 * An index that knows when it is stale. The reproduction: a sync tool or a backup brings back
 * yesterday's index.json; acknowledged versions vanished from `versions` (exit 0), the next save
 * reused a version number, and a later full rebuild renumbered them. Now the open compares the
 * index with the version sidecars and issue state records, rebuilds from them keeping every
 * number and the trash state, and says so in one line. Also: a trashed issue stays trashed when
 * both index files are lost, and a failed first import leaves no empty workspace folder.
 */
import { access, copyFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/main/workspace/index';
import {
  galley,
  issueFields,
  removeFolder,
  SAMPLE,
  tempFolder,
  versionInput,
} from '../workspace/helpers';

let root: string;
let ws: string;
beforeEach(async () => {
  root = await tempFolder('galley-stale-');
  ws = join(root, 'ws');
});
afterEach(() => removeFolder(root));

/** Keeps copies of both index files (the good copy when there is one), as a backup would. */
async function snapshotIndex(): Promise<() => Promise<void>> {
  const saved = join(root, 'yesterday');
  await copyFile(join(ws, 'index.json'), `${saved}.json`);
  const hadGood = await copyFile(join(ws, 'index.json.good'), `${saved}.good`).then(
    () => true,
    () => false,
  );
  return async () => {
    await copyFile(`${saved}.json`, join(ws, 'index.json'));
    if (hadGood) await copyFile(`${saved}.good`, join(ws, 'index.json.good'));
    else await rm(join(ws, 'index.json.good'), { force: true });
  };
}

describe('a stale index', () => {
  it('is found on open and rebuilt with every acknowledged version under its own number', async () => {
    const first = await openWorkspace(ws);
    const { issue } = await first.createIssue(
      issueFields(),
      versionInput('一', { origin: 'imported' }),
    );
    await first.addVersion(issue.id, versionInput('二'));
    await first.close();
    const restore = await snapshotIndex();

    const today = await openWorkspace(ws);
    const third = await today.addVersion(issue.id, versionInput('三'));
    const fourth = await today.addVersion(issue.id, versionInput('四'));
    await today.close();
    await restore(); // yesterday's index.json and index.json.good come back

    const reopened = await openWorkspace(ws);
    expect(reopened.recovery).toMatchObject({ damage: 'stale', versionsFromRecords: 2 });
    expect(reopened.listVersions(issue.id).map((v) => [v.id, v.number])).toEqual([
      [reopened.listVersions(issue.id)[0].id, 1],
      [reopened.listVersions(issue.id)[1].id, 2],
      [third.id, 3],
      [fourth.id, 4],
    ]);
    const fifth = await reopened.addVersion(issue.id, versionInput('五'));
    expect(fifth.number).toBe(5);
    await reopened.close();

    // A later full rebuild (the index lost outright) keeps every number.
    await writeFile(join(ws, 'index.json'), '');
    await rm(join(ws, 'index.json.good'));
    const rebuilt = await openWorkspace(ws);
    expect(rebuilt.listVersions(issue.id).map((v) => v.number)).toEqual([1, 2, 3, 4, 5]);
    expect(rebuilt.resolveVersion(issue.id, 4).id).toBe(fourth.id);
    await rebuilt.close();
  });

  it('brings back the trash state and details the older index did not have', async () => {
    const first = await openWorkspace(ws);
    const a = await first.createIssue(issueFields({ title: '甲' }), versionInput('甲'));
    const b = await first.createIssue(issueFields({ title: '乙' }), versionInput('乙'));
    await first.close();
    const restore = await snapshotIndex();
    const today = await openWorkspace(ws);
    await today.setTrashed(a.issue.id, true);
    await today.updateIssue(b.issue.id, { publication: '衡阳日报' });
    await today.close();
    await restore();

    const reopened = await openWorkspace(ws, { mode: 'read' });
    expect(reopened.recovery).toMatchObject({ damage: 'stale', issueStates: 2 });
    expect(reopened.getIssue(a.issue.id)?.trashed).not.toBeNull();
    expect(reopened.getIssue(b.issue.id)?.publication).toBe('衡阳日报');
    await reopened.close();
    // Rebuilt once: the next open finds nothing to do.
    const again = await openWorkspace(ws);
    expect(again.recovery).toBeNull();
    await again.close();
  });

  it('is told in one line by the CLI, and `versions` lists what was saved (exit 0)', async () => {
    const imported = await galley(['import', SAMPLE, '--workspace', ws, '--json']);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    const restore = await snapshotIndex();
    const draft = join(root, 'edit.txt');
    await writeFile(draft, '本报讯 记者从市扶贫办获悉，全市已脱贫。\n');
    expect((await galley(['save', id, draft, '-m', 'second', '--workspace', ws])).code).toBe(0);
    await restore();

    const listed = await galley(['versions', id, '--workspace', ws, '--json']);
    expect(listed.code).toBe(0);
    const versions = (
      JSON.parse(listed.stdout) as { versions: { number: number; message: string }[] }
    ).versions;
    expect(versions.map((v) => [v.number, v.message])).toEqual([
      [1, versions[0].message],
      [2, 'second'],
    ]);
    const lines = listed.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/older than the records.*1 saved version.*every version number kept/);
  }, 60_000);
});

describe('losing both index files', () => {
  it('keeps a trashed issue in the trash, and the notice says what was rebuilt', async () => {
    const imported = await galley(['import', SAMPLE, '--workspace', ws, '--json']);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    expect((await galley(['trash', id, '--workspace', ws])).code).toBe(0);
    await rm(join(ws, 'index.json'));
    await rm(join(ws, 'index.json.good'));

    const listed = await galley(['issues', '--trashed', '--workspace', ws, '--json']);
    expect(listed.code).toBe(0);
    const issues = (JSON.parse(listed.stdout) as { issues: { issue: { id: string } }[] }).issues;
    expect(issues.map((o) => o.issue.id)).toEqual([id]);
    expect(listed.stderr).toMatch(/1 issue\(s\) restored as last changed \(trash, details\)/);
  }, 60_000);
});

describe('a failed first import', () => {
  it('leaves no empty workspace folder behind', async () => {
    const run = await galley(['import', join(root, 'missing.txt'), '--workspace', ws]);
    expect(run.code).toBe(1);
    await expect(access(ws)).rejects.toThrow();
    // An existing folder is never removed, even when empty.
    await writeFile(join(root, 'keep'), '');
    const existing = join(root, 'existing');
    await rm(existing, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(existing));
    await galley(['import', join(root, 'missing.txt'), '--workspace', existing]);
    expect(await readdir(existing)).toEqual([]);
  }, 60_000);
});
