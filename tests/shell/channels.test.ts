/**
 * The desktop exposes a channel exactly when the renderer calls it: every channel of
 * DESKTOP_CHANNELS has a caller in src/renderer (`api.<namespace>.<method>(`), and none of
 * CLOSED_ON_DESKTOP has one. A renderer change that starts calling a closed channel fails here
 * with the channel's name, so it is opened on purpose.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CLOSED_ON_DESKTOP, DESKTOP_CHANNELS } from '../../src/shared/channels';
import { REPO_ROOT } from './build';

async function rendererSource(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) parts.push(await rendererSource(path));
    else if (/\.tsx?$/.test(entry.name)) parts.push(await readFile(path, 'utf8'));
  }
  return parts.join('\n');
}

function isCalled(source: string, channel: string): boolean {
  return new RegExp(`\\.${channel.replace('.', '\\.')}\\(`).test(source);
}

describe('channels open on the desktop', () => {
  it('are exactly the channels the renderer calls', async () => {
    const source = await rendererSource(join(REPO_ROOT, 'src/renderer/src'));
    expect(DESKTOP_CHANNELS.filter((c) => !isCalled(source, c))).toEqual([]);
    expect(CLOSED_ON_DESKTOP.filter((c) => isCalled(source, c))).toEqual([]);
    expect([...DESKTOP_CHANNELS, ...CLOSED_ON_DESKTOP].sort()).toEqual([...CHANNELS].sort());
  });
});
