/**
 * What the app needs from the desktop it runs on: native dialogs and the system browser.
 * Electron implements it in src/main/electron/; the HTTP test bridge implements it with
 * scripted answers. Files reach the services only as paths chosen here, never as paths sent by
 * the renderer.
 */
export interface Platform {
  /** Asks the editor for draft files to import; [] when cancelled. */
  chooseDraftFiles(): Promise<string[]>;
  /** Asks the editor for a folder to export into; null when cancelled. */
  chooseExportFolder(): Promise<string | null>;
  /** Asks the editor for a rule list to import (.csv or .json); null when cancelled. */
  chooseRulesFile(): Promise<string | null>;
  /**
   * Asks the editor where to save the rule list as `format` (a save dialog proposing
   * `galley-rules.<format>`); null when cancelled.
   */
  chooseRulesExportFile(format: 'csv' | 'json'): Promise<string | null>;
  /** Asks the editor for a page scan (PNG, JPEG or TIFF); null when cancelled. */
  chooseScanFile(): Promise<string | null>;
  /**
   * Prints a page Galley wrote (the proof sheet) to PDF, A4: Electron's printToPDF on the
   * desktop; the bridge hands it to a printer a test sets (Chromium's page.pdf()).
   */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Opens an https link (to one of `EXTERNAL_HOSTS`) in the system browser. */
  openExternal(url: string): Promise<void>;
  readonly appVersion: string;
}

/**
 * The hosts a link may open in the system browser: the W3C's Chinese layout requirements
 * (clreq), which the punctuation rules follow. Everything else stays closed.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['www.w3.org', 'w3c.github.io'];

/** Only plain https links to `EXTERNAL_HOSTS` leave the app, and only to the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === '' &&
      EXTERNAL_HOSTS.includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}
