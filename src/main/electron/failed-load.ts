/**
 * The page a window shows when the renderer cannot load (a missing or damaged installation):
 * a sentence in zh-CN and en with Chromium's error, instead of an invisible window.
 */

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** True for a failure worth the error page: the main frame, and not a load the app cancelled. */
export function isFatalLoadFailure(errorCode: number, isMainFrame: boolean): boolean {
  // -3 is ERR_ABORTED: a navigation replaced by another, not a failure.
  return isMainFrame && errorCode !== -3;
}

/** The error page as a data: URL (self-contained, no script). */
export function failedLoadPage(errorCode: number, description: string, url: string): string {
  const detail = escapeHtml(`${description} (${errorCode}) ${url}`);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Galley 校样台</title>
<style>body{font:15px/1.6 system-ui,sans-serif;margin:3em;color:#222}code{color:#666}</style>
</head><body>
<h1>校样台无法打开界面</h1>
<p>程序文件可能缺失或已损坏。请重新安装校样台；你的工作区和各期文本不受影响。</p>
<h1 lang="en">Galley cannot show its window</h1>
<p lang="en">The app's files may be missing or damaged. Reinstall Galley; your workspace and issues are not affected.</p>
<p><code>${detail}</code></p>
</body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
