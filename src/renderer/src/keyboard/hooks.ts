/** React access to the command registry: register a handler while mounted, show a shortcut. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import type { CommandId } from './commands';
import type { CommandHandler } from './registry';

/**
 * Runs `handler` for command `id` while the calling component is mounted and `enabled`.
 * The latest handler is always called, so it may close over fresh state without re-registering.
 */
export function useCommand(id: CommandId, handler: CommandHandler, enabled = true): void {
  const { commands } = useServices();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    return commands.register(id, () => latest.current());
  }, [commands, id, enabled]);
}

/** The shortcut of `id` as shown to the editor ("Ctrl+S"), or ''. */
export function useShortcut(id: CommandId): string {
  return useServices().commands.shortcut(id);
}

/** A tooltip naming the command and its shortcut: "保存版本…（Ctrl+S）". */
export function useCommandTitle(): (id: CommandId) => string {
  const { commands } = useServices();
  const { t } = useTranslation();
  return (id) => {
    const label = t(`command.${id}`);
    const keys = commands.shortcut(id);
    return keys ? t('shortcut.tooltip', { label, keys }) : label;
  };
}

/** Suspends global shortcuts while the calling (modal) component is mounted. */
export function useModalShortcuts(): void {
  const { commands } = useServices();
  useEffect(() => commands.pushModal(), [commands]);
}
