/**
 * Issue details the editor owns: what import reads from the draft's head (masthead, date line,
 * edition) before the file name, editing them through the service and `galley edit` with every
 * change kept in the details' history, version messages stored as notes and worded in the
 * interface's language (old English ones too), and export names that tell issues apart.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/index';
import { exportStem } from '../../src/main/app/export-files';
import { detailsFromText, titleOf } from '../../src/main/services/issue-metadata';
import { createServices, type Services } from '../../src/main/services/index';
import { openWorkspace, sha256Hex } from '../../src/main/workspace/index';
import { versionMessage } from '../../src/shared/version-note';
import { galley, removeFolder, tempFolder } from './helpers';

const MASTHEAD = [
  '衡阳日报',
  '2020年3月5日 星期四 第3版',
  '',
  '我市确定今年脱贫攻坚工作目标',
  '',
  '本报讯（记者 许珂）3月4日，记者从市扶贫办获悉,我市将进一步强化“三落实”,确保全面打赢脱贫攻坚收官战。2021年1月1日起施行。',
].join('\n');

describe('details read from the draft', () => {
  it('takes the masthead, the date line and the edition from the head', () => {
    expect(detailsFromText(MASTHEAD)).toEqual({
      publication: '衡阳日报',
      date: '2020-03-05',
      edition: '第3版',
    });
    expect(detailsFromText('人民日报 2021-07-01\n\n标题\n\n正文')).toMatchObject({
      publication: '人民日报',
      date: '2021-07-01',
    });
    expect(titleOf(createDocument(MASTHEAD))).toBe('我市确定今年脱贫攻坚工作目标');
  });

  it('never takes a date or a paper named in the body, nor an impossible date', () => {
    const body =
      '我市确定今年脱贫攻坚工作目标\n\n据人民日报报道，2020年3月5日，记者从市扶贫办获悉，工作目标已经确定并下发到各县区。';
    expect(detailsFromText(body)).toEqual({ publication: '', date: '', edition: '' });
    expect(detailsFromText('衡阳日报\n2020年2月30日')).toMatchObject({ date: '' });
  });

  it('skips a page number or a stray letter when it takes the title', () => {
    expect(titleOf(createDocument('( 484 )\n\nl\n\n我市确定今年脱贫攻坚工作目标\n\n正文。'))).toBe(
      '我市确定今年脱贫攻坚工作目标',
    );
  });
});

describe('editing details on a workspace', () => {
  let root: string;
  let services: Services;

  beforeAll(async () => {
    root = await tempFolder('galley-details-');
    await writeFile(join(root, '衡阳日报 word.txt'), MASTHEAD);
    services = createServices(await openWorkspace(join(root, 'ws')));
  });
  afterAll(async () => {
    await services.workspace.close().catch(() => undefined);
    await removeFolder(root);
  });

  it('imports with the head read, edits, keeps every state and survives a lost index', async () => {
    const { issue, version } = await services.issues.importFile(join(root, '衡阳日报 word.txt'), {
      author: '许珂',
    });
    expect(issue).toMatchObject({
      title: '我市确定今年脱贫攻坚工作目标',
      publication: '衡阳日报',
      date: '2020-03-05',
      edition: '第3版',
    });
    expect(version.note).toEqual({ code: 'imported', params: { file: '衡阳日报 word.txt' } });
    expect(versionMessage(version, 'zh-CN')).toBe('导入 衡阳日报 word.txt');
    expect(versionMessage(version, 'en')).toBe('Imported 衡阳日报 word.txt');

    const edited = await services.issues.editDetails(
      issue.id,
      { title: ' 脱贫攻坚  目标 ', date: '2020-03-06' },
      { author: '编辑甲' },
    );
    expect(edited).toMatchObject({ title: '脱贫攻坚 目标', date: '2020-03-06', edition: '第3版' });
    await services.issues.editDetails(issue.id, { edition: 'A1' }, { author: '编辑乙' });
    await services.issues.trash(issue.id);
    await services.issues.untrash(issue.id);
    await expect(services.issues.editDetails(issue.id, { date: '2020-02-30' })).rejects.toThrow(
      /not a date/,
    );

    const history = await services.issues.detailsHistory(issue.id);
    expect(history.map((h) => [h.title, h.date, h.edition, h.author])).toEqual([
      ['我市确定今年脱贫攻坚工作目标', '2020-03-05', '第3版', '许珂'],
      ['脱贫攻坚 目标', '2020-03-06', '第3版', '编辑甲'],
      ['脱贫攻坚 目标', '2020-03-06', 'A1', '编辑乙'],
    ]);

    // Both index files lost: the state record brings the edited details back.
    await services.workspace.close();
    await rm(join(root, 'ws', 'index.json'));
    await rm(join(root, 'ws', 'index.json.bak'), { force: true });
    services = createServices(await openWorkspace(join(root, 'ws')));
    expect(services.issues.issue(issue.id)).toMatchObject({
      title: '脱贫攻坚 目标',
      edition: 'A1',
    });
    expect(await services.issues.detailsHistory(issue.id)).toHaveLength(3);
  });

  it('restores and cleans with notes worded in the interface language', async () => {
    const [{ issue }] = services.issues.list();
    const cleaned = await services.issues.clean(issue.id);
    expect(cleaned.version.note?.code).toBe('cleaned');
    const restored = await services.issues.restore(issue.id, 1);
    expect(versionMessage(restored, 'zh-CN')).toBe('恢复为第 1 版');
    expect(restored.message).toBe('Restored version 1');
  });

  it('marks review rounds in order and keeps them when the details change', async () => {
    const [{ issue }] = services.issues.list();
    const versions = services.issues.versions(issue.id);
    const repo = services.workspace;
    await repo.markRound(issue.id, versions[1].id, '许珂');
    await expect(repo.markRound(issue.id, versions[0].id, '许珂')).rejects.toThrow(/not after/);
    await repo.markRound(issue.id, versions[2].id, '李编辑');
    await services.issues.editDetails(issue.id, { edition: 'A3' });
    expect((await repo.listRounds(issue.id)).map((r) => [r.round, r.author])).toEqual([
      [1, '许珂'],
      [2, '李编辑'],
    ]);
    const report = new TextDecoder().decode(
      (await services.outputs.export(issue.id, undefined, 'report-html')).bytes,
    );
    expect(report).toContain('<td>一校</td><td class="num">v2</td>');
    expect(report).toContain('<td>二校</td><td class="num">v3</td>');
  });

  it('names exports <publication>-<date>-<title>-v<N>', () => {
    const issue = {
      title: '我市确定今年脱贫攻坚工作目标',
      publication: '衡阳日报',
      date: '2020-03-05',
      sourceName: 'a.txt',
    };
    expect(exportStem(issue, 3)).toBe('衡阳日报-2020-03-05-我市确定今年脱贫攻坚工作目标-v3');
    expect(exportStem({ ...issue, publication: '', date: '' }, 1)).toBe(
      '我市确定今年脱贫攻坚工作目标-v1',
    );
    expect(exportStem({ ...issue, publication: 'a/b:c' }, 1)).toMatch(/^a_b_c-2020-03-05-/);
  });
});

describe('older workspaces', () => {
  it("reads a schema 2 index: Galley's English messages become notes, the editor's stay", async () => {
    const root = await tempFolder('galley-details-v2-');
    const text = '旧文本';
    const sha = sha256Hex(Buffer.from(text));
    await mkdir(join(root, 'texts', sha.slice(0, 2)), { recursive: true });
    await writeFile(join(root, 'texts', sha.slice(0, 2), `${sha}.txt`), text);
    const version = (n: number, message: string) => ({
      id: `vvvv000${n}aa`,
      issueId: 'aaaa1111bb',
      number: n,
      parent: n === 1 ? null : `vvvv000${n - 1}aa`,
      created: '2020-03-05T08:00:00.000Z',
      author: 'a',
      message,
      origin: n === 1 ? 'imported' : 'edited',
      sha256: sha,
      size: 9,
      blocks: 1,
      findings: 0,
    });
    const v2 = {
      schemaVersion: 2,
      issues: [
        {
          id: 'aaaa1111bb',
          title: 'l',
          publication: 'hengyang daily',
          date: '',
          edition: '',
          sourceName: 'hengyang.txt',
          format: 'txt',
          encoding: 'utf-8',
          pages: 1,
          created: '2020-03-05T08:00:00.000Z',
          trashed: null,
        },
      ],
      versions: [version(1, 'Imported hengyang.txt'), version(2, '改了标题')],
      decisions: [],
      settings: {},
    };
    await writeFile(join(root, 'index.json'), JSON.stringify(v2));
    const ws = await openWorkspace(root);
    const [first, second] = ws.listVersions('aaaa1111bb');
    expect(first.note).toEqual({ code: 'imported', params: { file: 'hengyang.txt' } });
    expect(second.note).toBeUndefined();
    expect(versionMessage(second, 'en')).toBe('改了标题');
    // A version row without a note (an older sidecar) is still worded.
    expect(versionMessage({ message: 'Applied 3 safe fixes' }, 'zh-CN')).toBe('采纳 3 处安全修改');
    await ws.close();
    expect(JSON.parse(await readFile(join(root, 'index.json'), 'utf8')).schemaVersion).toBe(3);
    await removeFolder(root);
  });
});

describe('galley edit', () => {
  it('changes the details and lists their history', async () => {
    const root = await tempFolder('galley-edit-cli-');
    const ws = join(root, 'ws');
    const draft = join(root, 'draft.txt');
    await writeFile(draft, MASTHEAD);
    const imported = await galley(['import', draft, '--workspace', ws, '--json']);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;

    const run = await galley([
      'edit',
      id,
      '--workspace',
      ws,
      '--title',
      '新标题',
      '--publication',
      '衡阳晚报',
      '--date',
      '2020-03-07',
      '--edition',
      'A2',
      '--author',
      '编辑甲',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).issue).toMatchObject({
      title: '新标题',
      publication: '衡阳晚报',
      date: '2020-03-07',
      edition: 'A2',
    });

    const history = await galley(['edit', id, '--workspace', ws, '--history']);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('衡阳日报 · 2020-03-05 · 第3版');
    expect(history.stdout).toContain('编辑甲: 新标题 · 衡阳晚报 · 2020-03-07 · A2');

    const bad = await galley(['edit', id, '--workspace', ws, '--date', '2020-13-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('not a date');
    const nothing = await galley(['edit', id, '--workspace', ws]);
    expect(nothing.code).toBe(2);
    await removeFolder(root);
  });
});
