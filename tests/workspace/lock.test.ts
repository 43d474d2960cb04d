/**
 * One writing process per workspace: a second process gets "in use by process N" or waits;
 * the lock of a process that was SIGKILLed is taken over at once.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, WorkspaceLockedError } from '../../src/main/workspace/index';
import {
  childScript,
  filesIn,
  issueFields,
  removeChildScripts,
  removeFolder,
  startChild,
  tempFolder,
  versionInput,
} from './helpers';

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await removeFolder(folder);
});
afterAll(removeChildScripts);

async function holder(): Promise<ReturnType<typeof startChild>> {
  const child = startChild(await childScript('hold-lock'), [folder]);
  await child.waitForLine((line) => line.startsWith('locked '));
  return child;
}

describe('the workspace lock', () => {
  it('tells a second process which process holds the workspace', async () => {
    const child = await holder();
    const pid = child.process.pid;
    const error = await openWorkspace(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as WorkspaceLockedError).pid).toBe(pid);
    expect((error as Error).message).toContain(`in use by process ${pid}`);
    // Reading does not need the lock.
    const reader = await openWorkspace(folder, { mode: 'read' });
    expect(reader.listIssues()).toEqual([]);
    await reader.close();
    child.process.stdin.write('release\n');
    await child.exited;
    const ws = await openWorkspace(folder);
    await ws.close();
  });

  it('waits for the holder when asked to, then opens', async () => {
    const child = await holder();
    const opening = openWorkspace(folder, { wait: 20_000 });
    setTimeout(() => child.process.stdin.write('release\n'), 300);
    const ws = await opening;
    expect(child.lines).toContain('released');
    await ws.createIssue(issueFields(), versionInput('x', { origin: 'imported' }));
    await ws.close();
  });

  it('takes over the lock of a SIGKILLed holder at once', async () => {
    const child = await holder();
    child.process.kill('SIGKILL');
    await child.exited;
    expect(await filesIn(folder)).toContain('workspace.lock');
    const ws = await openWorkspace(folder); // no wait: the dead pid is detected
    await ws.createIssue(issueFields(), versionInput('x', { origin: 'imported' }));
    await ws.close();
    expect(await filesIn(folder)).not.toContain('workspace.lock');
  });

  it('refuses a second open in the same process', async () => {
    const ws = await openWorkspace(folder);
    await expect(openWorkspace(folder)).rejects.toThrow(`in use by process ${process.pid}`);
    await ws.close();
  });

  it('does not repair a damaged index while another process writes', async () => {
    const ws = await openWorkspace(folder);
    await ws.createIssue(issueFields(), versionInput('x', { origin: 'imported' }));
    await ws.close();
    await writeFile(join(folder, 'index.json'), '{"bro');
    const child = await holder();
    // The child repaired it when it opened; damage it again under the child's lock.
    await writeFile(join(folder, 'index.json'), '{"bro');
    await expect(openWorkspace(folder, { mode: 'read' })).rejects.toMatchObject({
      code: 'damaged',
    });
    expect(await filesIn(join(folder, 'backups'))).toHaveLength(1);
    child.process.stdin.write('release\n');
    await child.exited;
  });
});
