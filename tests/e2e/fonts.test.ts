/**
 * Chinese renders with real glyphs, not tofu boxes: in the app's own font stack every character
 * draws a picture of its own. The same check run in a Chromium that sees no CJK font (as on a
 * machine without fonts-wqy-microhei) must fail, which shows the check can tell the two apart.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { environmentWithoutCjkFonts, glyphReport, realGlyphs } from './glyphs';
import { editAndAnalyse, waitForAnalysis } from './flow';
import { appForSuite, type AppSession, launchChromium, openApp, SAMPLE } from './harness';

/** Characters of the sample issue and of the interface. */
const CHINESE = '衡阳日报疫情防控脱贫攻坚校样台稿件库导入版本';

describe('Chinese glyphs', () => {
  let session: AppSession;

  appForSuite((app) => ({ session } = app));

  it('draws every Chinese character of the interface font with a glyph of its own', async () => {
    await session.page.getByTestId('menubar').waitFor();
    const report = await glyphReport(session.page, '[data-testid="menubar"]', CHINESE);
    expect(report, JSON.stringify(report)).toSatisfy(realGlyphs);
    expect(report.platformFonts.some((f) => f.glyphs > 0)).toBe(true);
  });

  it('draws the issue text in the editor with real Chinese glyphs', async () => {
    const { page } = session;
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await waitForAnalysis(page);
    const report = await glyphReport(page, '[data-testid="editor-content"]', CHINESE);
    expect(report, JSON.stringify(report)).toSatisfy(realGlyphs);
    expect(report.platformFonts.reduce((n, f) => n + f.glyphs, 0)).toBeGreaterThan(100);
  });

  it('tells tofu apart: without a CJK font the same check fails', async () => {
    const { env, folder } = await environmentWithoutCjkFonts();
    const bare = await launchChromium(env);
    const tofu = await openApp(bare);
    try {
      await tofu.page.getByTestId('menubar').waitFor();
      const report = await glyphReport(tofu.page, '[data-testid="menubar"]', CHINESE);
      expect(realGlyphs(report)).toBe(false);
      expect(report.likeMissing).toBe(report.characters);
    } finally {
      await tofu.close();
      await bare.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
