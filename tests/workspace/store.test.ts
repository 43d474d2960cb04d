/**
 * The workspace store on a real temp folder: issues, immutable content-addressed versions,
 * decisions, settings, autosave, trash, read-only opening and old schemas.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openWorkspace,
  textPath,
  layoutOf,
  sha256Hex,
  SCHEMA_VERSION,
  WorkspaceError,
} from '../../src/main/workspace/index';
import { patchBetween } from '../../src/shared/text-patch';
import { filesIn, issueFields, removeFolder, snapshot, tempFolder, versionInput } from './helpers';

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await removeFolder(folder);
});

describe('the workspace store', () => {
  it('creates nothing until the first change, then keeps issues and versions across opens', async () => {
    const ws = await openWorkspace(folder);
    expect(ws.listIssues()).toEqual([]);
    expect(await filesIn(folder)).toEqual(['lock-owner.json', 'workspace.lock']);
    const { issue, version } = await ws.createIssue(
      issueFields(),
      versionInput('头版\n\n正文。', { origin: 'imported' }),
    );
    expect(version.number).toBe(1);
    expect(version.parent).toBeNull();
    const second = await ws.addVersion(issue.id, versionInput('头版\n\n正文，改过。'));
    expect(second.number).toBe(2);
    expect(second.parent).toBe(version.id);
    await ws.close();
    // No good copy yet: the version sidecars record everything so far.
    expect(await filesIn(folder)).toEqual(['index.json', 'records', 'texts', 'tmp']);

    const again = await openWorkspace(folder, { mode: 'read' });
    expect(again.recovery).toBeNull();
    expect(again.listIssues().map((i) => i.id)).toEqual([issue.id]);
    const versions = again.listVersions(issue.id);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(await again.readText(versions[0])).toBe('头版\n\n正文。');
    expect(await again.readText(again.headVersion(issue.id))).toBe('头版\n\n正文，改过。');
    await again.close();
  });

  it('stores identical texts once and never rewrites an earlier version file', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('v0', { origin: 'imported' }),
    );
    const first = ws.headVersion(issue.id);
    const firstFile = textPath(layoutOf(folder), first.sha256);
    const before = await stat(firstFile);
    for (let i = 1; i < 100; i++) await ws.addVersion(issue.id, versionInput(`v${i % 10}`));
    const versions = ws.listVersions(issue.id);
    expect(versions).toHaveLength(100);
    expect(new Set(versions.map((v) => v.sha256)).size).toBe(10);
    const shards = await filesIn(join(folder, 'texts'));
    let textFiles = 0;
    for (const shard of shards) textFiles += (await filesIn(join(folder, 'texts', shard))).length;
    expect(textFiles).toBe(10);
    const after = await stat(firstFile);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(sha256Hex(await readFile(firstFile))).toBe(first.sha256);
    await ws.close();
  });

  it('resolves issues and versions by id, unique prefix and number', async () => {
    const ws = await openWorkspace(folder);
    const a = await ws.createIssue(issueFields(), versionInput('a', { origin: 'imported' }));
    const b = await ws.createIssue(issueFields(), versionInput('b', { origin: 'imported' }));
    const v2 = await ws.addVersion(a.issue.id, versionInput('a2'));
    expect(ws.resolveIssue(a.issue.id).id).toBe(a.issue.id);
    expect(ws.resolveIssue(a.issue.id.slice(0, 8).toUpperCase()).id).toBe(a.issue.id);
    expect(() => ws.resolveIssue('')).toThrow(WorkspaceError);
    expect(() => ws.resolveIssue('!!')).toThrow(/No issue has an id starting with/);
    const common = commonPrefix(a.issue.id, b.issue.id);
    expect(() => ws.resolveIssue(common)).toThrow(
      common === '' ? /No issue was named/ : /matches 2 issues/,
    );
    expect(ws.resolveVersion(a.issue.id, 1).id).toBe(a.version.id);
    expect(ws.resolveVersion(a.issue.id, '2').id).toBe(v2.id);
    expect(ws.resolveVersion(a.issue.id, v2.id.slice(0, 6)).id).toBe(v2.id);
    expect(() => ws.resolveVersion(a.issue.id, 3)).toThrow(/has 2 versions; there is no version 3/);
    await ws.close();
  });

  it('keeps decisions per finding id, the latest winning, and merges settings', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('x', { origin: 'imported' }),
    );
    await ws.recordDecisions(issue.id, [
      { findingId: 'stray-space:abc', decision: 'rejected' },
      { findingId: 'hyphenation:def', decision: 'accepted' },
    ]);
    await ws.recordDecisions(issue.id, [{ findingId: 'stray-space:abc', decision: 'accepted' }]);
    expect(
      Object.fromEntries(ws.listDecisions(issue.id).map((d) => [d.findingId, d.decision])),
    ).toEqual({ 'stray-space:abc': 'accepted', 'hyphenation:def': 'accepted' });
    await ws.updateSettings({ author: '许珂', locale: 'zh-CN' });
    await ws.updateSettings({ locale: null, disabledKinds: ['stray-space'] });
    await ws.close();
    const again = await openWorkspace(folder);
    expect(again.getSettings()).toEqual({ author: '许珂', disabledKinds: ['stray-space'] });
    expect(again.listDecisions(issue.id)).toHaveLength(2);
    await again.close();
  });

  it('moves issues to the trash and back without losing versions', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('x', { origin: 'imported' }),
    );
    expect(await filesIn(folder)).not.toContain('index.json.good');
    const trashed = await ws.setTrashed(issue.id, true);
    expect(trashed.trashed).not.toBeNull();
    // The sidecars do not record trash, so the good copy is written now.
    expect(await filesIn(folder)).toContain('index.json.good');
    expect(ws.listIssues()).toEqual([]);
    expect(ws.listIssues({ includeTrashed: true }).map((i) => i.id)).toEqual([issue.id]);
    expect(ws.listVersions(issue.id)).toHaveLength(1);
    const back = await ws.setTrashed(issue.id, false);
    expect(back.trashed).toBeNull();
    expect(ws.listIssues().map((i) => i.id)).toEqual([issue.id]);
    await ws.close();
  });

  it('keeps an autosaved working copy until it is discarded', async () => {
    const ws = await openWorkspace(folder);
    const { issue, version } = await ws.createIssue(
      issueFields(),
      versionInput('x', { origin: 'imported' }),
    );
    expect(await ws.getAutosave(issue.id)).toBeNull();
    await ws.putAutosave(issue.id, version.id, 'x plus typing');
    await ws.close();
    const again = await openWorkspace(folder);
    const autosave = await again.getAutosave(issue.id);
    expect(autosave?.text).toBe('x plus typing');
    expect(autosave?.baseVersionId).toBe(version.id);
    expect(await again.discardAutosave(issue.id)).toBe(true);
    expect(await again.getAutosave(issue.id)).toBeNull();
    await again.close();
  });

  it('patches an autosaved working copy only when the patch was made from it', async () => {
    const ws = await openWorkspace(folder);
    const { issue, version } = await ws.createIssue(
      issueFields(),
      versionInput('x', { origin: 'imported' }),
    );
    // The first patch is made against the version itself.
    const first = await ws.patchAutosave(issue.id, version.id, {
      since: version.id,
      ...patchBetween('x', '第一段\n\n第二段'),
    });
    if (!first) throw new Error('the patch on the version was refused');
    const patched = await ws.patchAutosave(issue.id, version.id, {
      since: first.savedAt,
      ...patchBetween(first.text, '第一段，改\n\n第二段'),
    });
    expect(patched?.text).toBe('第一段，改\n\n第二段');
    // Made from the first copy, which the patched one replaced: refused, nothing changed.
    const late = { since: first.savedAt, from: 0, to: 0, insert: 'y', length: 11 };
    expect(await ws.patchAutosave(issue.id, version.id, late)).toBeNull();
    const wrong = { since: patched!.savedAt, from: 0, to: 99, insert: '', length: 0 };
    expect(await ws.patchAutosave(issue.id, version.id, wrong)).toBeNull();
    expect((await ws.getAutosave(issue.id))?.text).toBe('第一段，改\n\n第二段');
    await ws.discardAutosave(issue.id);
    const gone = { since: patched!.savedAt, from: 0, to: 0, insert: 'z', length: 11 };
    expect(await ws.patchAutosave(issue.id, version.id, gone)).toBeNull();
    expect(await ws.getAutosave(issue.id)).toBeNull();
    await ws.close();
  });

  it('refuses a text with a lone surrogate instead of storing a changed text', async () => {
    const ws = await openWorkspace(folder);
    const before = await snapshot(folder);
    await expect(
      ws.createIssue(issueFields(), versionInput('bad \ud800 char', { origin: 'imported' })),
    ).rejects.toMatchObject({ code: 'malformed-text' });
    expect(await snapshot(folder)).toEqual(before);
    await ws.close();
  });

  it('refuses writes when opened to read, and after close', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(
      issueFields(),
      versionInput('x', { origin: 'imported' }),
    );
    await ws.close();
    await expect(ws.addVersion(issue.id, versionInput('y'))).rejects.toMatchObject({
      code: 'closed',
    });
    const reader = await openWorkspace(folder, { mode: 'read' });
    await expect(reader.addVersion(issue.id, versionInput('y'))).rejects.toMatchObject({
      code: 'read-only',
    });
    await reader.close();
  });

  it('reads a fresh folder as an empty workspace without creating anything', async () => {
    const missing = join(folder, 'not-yet');
    const reader = await openWorkspace(missing, { mode: 'read' });
    expect(reader.listIssues()).toEqual([]);
    await reader.close();
    expect(await filesIn(folder)).toEqual([]);
  });

  it('reads back every saved text byte for byte (property)', async () => {
    const ws = await openWorkspace(folder);
    const { issue } = await ws.createIssue(issueFields(), versionInput('', { origin: 'imported' }));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const version = await ws.addVersion(issue.id, versionInput(text));
        expect(version.size).toBe(Buffer.byteLength(text, 'utf8'));
        expect(await ws.readText(version)).toBe(text);
      }),
      { numRuns: 60 },
    );
    await ws.close();
  });
});

describe('old and new index schemas', () => {
  const v1 = {
    schemaVersion: 1,
    issues: [
      {
        id: 'aaaa1111bb',
        title: '衡阳日报',
        publication: 'hengyang daily',
        issueDate: '2020-03-05',
        sourceName: 'hengyang.txt',
        encoding: 'utf-8',
        created: '2020-03-05T08:00:00.000Z',
        deleted: true,
      },
    ],
    versions: [
      {
        id: 'vvvv0001aa',
        issueId: 'aaaa1111bb',
        parentId: null,
        created: '2020-03-05T08:00:00.000Z',
        author: 'a',
        message: 'imported',
        origin: 'imported',
        sha256: sha256Hex(Buffer.from('旧文本')),
        size: 9,
        blocks: 1,
        findings: 0,
      },
    ],
  };

  it('reads a schema 1 index, keeps the old file in backups and upgrades it', async () => {
    await writeFile(join(folder, 'index.json'), JSON.stringify(v1));
    const reader = await openWorkspace(folder, { mode: 'read' });
    expect(reader.listIssues({ includeTrashed: true })[0]).toMatchObject({
      id: 'aaaa1111bb',
      date: '2020-03-05',
      edition: '',
    });
    expect(reader.listIssues()).toEqual([]);
    expect(JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')).schemaVersion).toBe(1);
    await reader.close();

    const ws = await openWorkspace(folder);
    expect(ws.recovery).toBeNull();
    expect(ws.listVersions('aaaa1111bb')[0]).toMatchObject({ number: 1, parent: null });
    await ws.close();
    const upgraded = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8'));
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
    const backups = await filesIn(join(folder, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^index\.json-.*-schema1-[0-9a-f]+$/);
    expect(JSON.parse(await readFile(join(folder, 'backups', backups[0]), 'utf8'))).toEqual(v1);
  });

  it('refuses an index from a newer Galley and leaves it untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, issues: [], future: true });
    await writeFile(join(folder, 'index.json'), newer);
    const before = await snapshot(folder);
    await expect(openWorkspace(folder)).rejects.toMatchObject({ code: 'newer-schema' });
    await expect(openWorkspace(folder, { mode: 'read' })).rejects.toThrow(/newer Galley/);
    expect(await snapshot(folder)).toEqual(before);
  });
});

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
