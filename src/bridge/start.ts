/**
 * Starts the app's services behind the HTTP test bridge, with scripted dialogs. Used by
 * `npm run dev:web` and by the end-to-end tests.
 */
import { resolve } from 'node:path';
import { startServices, type AppServices } from '../main/app/container';
import { ScriptedPlatform } from './scripted-platform';
import { startBridge, type Bridge } from './server';

export interface WebApp {
  readonly bridge: Bridge;
  readonly services: AppServices;
  readonly platform: ScriptedPlatform;
  close(): Promise<void>;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function startWebApp(options: {
  workspace: string;
  rendererDir?: string;
  port?: number;
}): Promise<WebApp> {
  const platform = new ScriptedPlatform();
  const services = await startServices(options.workspace, platform);
  try {
    const bridge = await startBridge({
      rendererDir: options.rendererDir ?? resolve('out/renderer'),
      dispatch: services.dispatch,
      port: options.port,
      testRoutes: {
        // body: { paths: string[] } — the answer of the next "open files" dialog.
        'dialog-open': (body) => {
          platform.queueOpen(stringList((body as { paths?: unknown }).paths));
          return { queued: true };
        },
        // body: { folder: string | null } — the answer of "choose export folder" dialogs.
        'dialog-export': (body) => {
          const folder = (body as { folder?: unknown }).folder;
          platform.setExportFolder(typeof folder === 'string' ? folder : null);
          return { set: true };
        },
        // body: { path: string | null } — the answer of the next "choose a rule list" dialog.
        'dialog-rules-open': (body) => {
          const path = (body as { path?: unknown }).path;
          platform.queueRulesFile(typeof path === 'string' ? path : null);
          return { queued: true };
        },
        // body: { path: string | null } — the answer of the next "save the rule list" dialog.
        'dialog-rules-save': (body) => {
          const path = (body as { path?: unknown }).path;
          platform.queueRulesExportFile(typeof path === 'string' ? path : null);
          return { queued: true };
        },
        'opened-links': () => platform.openedLinks,
      },
    });
    return {
      bridge,
      services,
      platform,
      close: async () => {
        await bridge.close();
        await services.close();
      },
    };
  } catch (error) {
    await services.close();
    throw error;
  }
}
