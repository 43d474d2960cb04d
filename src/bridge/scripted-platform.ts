/**
 * The Platform of the HTTP test bridge: native dialogs replaced by answers a test (or a developer
 * at `npm run dev:web`) sets beforehand through the bridge's test routes.
 */
import type { Platform } from '../main/app/platform';

export class ScriptedPlatform implements Platform {
  readonly appVersion: string;
  /** Answers for the next "choose draft files" dialogs, first in first out. */
  private readonly openAnswers: string[][] = [];
  /** Answer of every "choose export folder" dialog until changed (null: cancelled). */
  private exportFolder: string | null = null;
  /** Answers for the next "choose a rule list" dialogs, first in first out (null: cancelled). */
  private readonly rulesAnswers: (string | null)[] = [];
  /** Answers for the next "save the rule list as" dialogs, first in first out. */
  private readonly rulesExportAnswers: (string | null)[] = [];
  /** Answers for the next "choose a scan" dialogs, first in first out (null: cancelled). */
  private readonly scanAnswers: (string | null)[] = [];
  /** Prints pages to PDF (a test sets Chromium's page.pdf()); none: printing fails. */
  private printer: ((html: string) => Promise<Uint8Array>) | null = null;
  /** Links the app asked to open, for tests to inspect. */
  readonly openedLinks: string[] = [];

  constructor(appVersion = 'dev') {
    this.appVersion = appVersion;
  }

  queueOpen(paths: readonly string[]): void {
    this.openAnswers.push([...paths]);
  }

  setExportFolder(folder: string | null): void {
    this.exportFolder = folder;
  }

  queueRulesFile(path: string | null): void {
    this.rulesAnswers.push(path);
  }

  queueRulesExportFile(path: string | null): void {
    this.rulesExportAnswers.push(path);
  }

  async chooseRulesFile(): Promise<string | null> {
    return this.rulesAnswers.shift() ?? null;
  }

  async chooseRulesExportFile(): Promise<string | null> {
    return this.rulesExportAnswers.shift() ?? null;
  }

  queueScan(path: string | null): void {
    this.scanAnswers.push(path);
  }

  async chooseScanFile(): Promise<string | null> {
    return this.scanAnswers.shift() ?? null;
  }

  async chooseDraftFiles(): Promise<string[]> {
    return this.openAnswers.shift() ?? [];
  }

  async chooseExportFolder(): Promise<string | null> {
    return this.exportFolder;
  }

  setPrinter(printer: ((html: string) => Promise<Uint8Array>) | null): void {
    this.printer = printer;
  }

  async printToPdf(html: string): Promise<Uint8Array> {
    if (!this.printer) throw new Error('No printer is set on the test bridge.');
    return this.printer(html);
  }

  async openExternal(url: string): Promise<void> {
    this.openedLinks.push(url);
  }
}
