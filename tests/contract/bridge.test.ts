import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../src/bridge/start';
import type { OpenedIssue, Result } from '../../src/shared/contract';
import { decodeFindings } from '../../src/shared/findings-codec';

/** A raw HTTP request, so tests can send what a browser would not (a foreign Host header). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('HTTP test bridge', () => {
  let folder: string;
  let app: WebApp;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-bridge-'));
    const renderer = join(folder, 'renderer');
    await mkdir(renderer);
    await writeFile(
      join(renderer, 'index.html'),
      '<html><head><script type="module" src="./app.js"></script></head></html>',
    );
    await writeFile(join(folder, 'secret.txt'), 'secret');
    app = await startWebApp({ workspace: join(folder, 'ws'), rendererDir: renderer });
  });
  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const rpc = (channel: string, payload: unknown, token = app.bridge.token) =>
    raw(`${app.bridge.origin}/__bridge/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-galley-token': token },
      body: JSON.stringify({ channel, payload }),
    });

  it('binds to 127.0.0.1 and serves the renderer with the bridge client injected', async () => {
    expect(app.bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await raw(`${app.bridge.origin}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__bridge/client.js"></script>');
    const client = await raw(`${app.bridge.origin}/__bridge/client.js`);
    expect(client.body).toContain('"library.importChosen"');
  });

  it('answers contract calls only with the per-run token', async () => {
    const ok = await rpc('settings.get', {});
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });
    expect((await rpc('settings.get', {}, 'wrong')).status).toBe(403);
    expect((await rpc('settings.get', {}, '')).status).toBe(403);
  });

  it('refuses foreign Host headers and paths outside the renderer', async () => {
    const rebinding = await raw(`${app.bridge.origin}/`, { headers: { host: 'evil.example:80' } });
    expect(rebinding.status).toBe(403);
    const traversal = await raw(`${app.bridge.origin}/..%2Fsecret.txt`);
    expect([403, 404]).toContain(traversal.status);
    expect(traversal.body).not.toContain('secret');
  });

  it("carries an opened issue's findings through JSON unchanged", async () => {
    const text = '标题\n\n正文,有半角逗号。';
    const imported = JSON.parse(
      (
        await rpc('library.importBytes', {
          name: 'draft.txt',
          base64: Buffer.from(text, 'utf8').toString('base64'),
        })
      ).body,
    ) as Result<{ id: string }>;
    if (!imported.ok) throw new Error(imported.error.message.en);
    const opened = JSON.parse(
      (await rpc('issue.open', { issueId: imported.value.id })).body,
    ) as Result<OpenedIssue>;
    if (!opened.ok) throw new Error(opened.error.message.en);
    const findings = decodeFindings(opened.value.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual((await app.services.issues.findings(imported.value.id)).findings);
  });

  it('validates payloads as Electron IPC does', async () => {
    const bad = JSON.parse((await rpc('issue.open', { issueId: ['x'] })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
