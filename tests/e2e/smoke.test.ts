/** The app loads in Chromium over the bridge, opens on the library, and switches language. */
import { describe, expect, it } from 'vitest';
import { appForSuite, type AppSession } from './harness';

describe('app start-up', () => {
  let session: AppSession;

  appForSuite((app) => ({ session } = app));

  it('opens on the library, in Chinese, without errors', async () => {
    const { page } = session;
    await page.getByTestId('screen-library').waitFor();
    expect(await page.getByTestId('app').getAttribute('data-screen')).toBe('library');
    expect(await page.getByTestId('language-switch').getAttribute('data-locale')).toBe('zh-CN');
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('文件');
    expect(session.pageErrors).toEqual([]);
  });

  it('switches the interface to English and back, and remembers the choice', async () => {
    const { page } = session;
    await page.getByTestId('language-en').click();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('File');
    expect(await page.getByTestId('nav-library').textContent()).toBe('Library');
    await page.reload();
    await page.getByTestId('screen-library').waitFor();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('File');
    await page.getByTestId('language-zh-CN').click();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('文件');
    expect(await page.getByTestId('nav-library').textContent()).toBe('稿件库');
    expect(session.pageErrors).toEqual([]);
  });
});
