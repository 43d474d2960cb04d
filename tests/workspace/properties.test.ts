/**
 * Properties of the workspace's round trips (fast-check), on one real workspace: a .txt draft
 * imported and exported as txt gives its text back; a version compared with itself shows no
 * change; the unified diff of two saved versions, applied to the older, gives the newer.
 */
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/index';
import { createServices, type Services } from '../../src/main/services/index';
import { openWorkspace } from '../../src/main/workspace/index';
import { removeFolder, tempFolder } from './helpers';

/** Draft-like text: CJK, Latin, digits, both punctuation widths, spaces, and line breaks. */
const draftText = fc
  .array(
    fc.oneof(
      fc.constantFrom('衡', '阳', '日', '报', '记', '者', '，', '。', '（', '）', '“', '”', '、'),
      fc.constantFrom('a', 'B', 'z', '5', '9', ',', '.', '(', ')', '-', ' ', '\u3000'),
      fc.constantFrom('\n', '\n\n', '\r\n', '\t'),
      fc.constantFrom('𠀋', '😀'),
    ),
    { minLength: 1, maxLength: 300 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '');

let folder: string;
let services: Services;

beforeAll(async () => {
  folder = await tempFolder();
  services = createServices(await openWorkspace(folder));
});
afterAll(async () => {
  await services.workspace.close();
  await removeFolder(folder);
});

describe('workspace round trips (properties)', () => {
  it('exports an imported .txt draft as txt exactly as its normalized text', async () => {
    await fc.assert(
      fc.asyncProperty(draftText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const { issue } = await services.issues.importBytes(bytes, 'draft.txt');
        const exported = await services.outputs.export(issue.id, 1, 'txt');
        expect(new TextDecoder().decode(exported.bytes)).toBe(normalizeText(text));
      }),
      { numRuns: 40 },
    );
  });

  it('shows no change between a version and itself', async () => {
    await fc.assert(
      fc.asyncProperty(draftText, async (text) => {
        const { issue } = await services.issues.importBytes(
          new TextEncoder().encode(text),
          'self.txt',
        );
        const compared = await services.outputs.compare(issue.id, 1, 1);
        expect(Object.values(compared.comparison.counts).every((n) => n === 0)).toBe(true);
        expect(compared.unified).not.toMatch(/^@@/m);
      }),
      { numRuns: 40 },
    );
  });

  it('applies the unified diff of two versions to the older to get the newer', async () => {
    const { issue } = await services.issues.importBytes(
      new TextEncoder().encode('起始'),
      'patch.txt',
    );
    await fc.assert(
      fc.asyncProperty(draftText, draftText, async (a, b) => {
        const first = await services.issues.save(issue.id, a);
        const second = await services.issues.save(issue.id, b);
        const compared = await services.outputs.compare(
          issue.id,
          first.version.id,
          second.version.id,
        );
        const [older, newer] = await Promise.all([
          services.issues.read(issue.id, first.version.id),
          services.issues.read(issue.id, second.version.id),
        ]);
        expect(applyPatch(older.text, compared.unified)).toBe(newer.text);
      }),
      { numRuns: 40 },
    );
  });
});
