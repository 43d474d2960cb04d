/**
 * The keyboard-shortcut registry: screens register handlers for catalogue commands while they
 * are mounted; one capture-phase keydown listener on the window runs them, ahead of CodeMirror,
 * so a shortcut means the same thing wherever the focus is.
 */
import { COMMANDS, COMMAND_IDS, bindingsOf, type CommandId, type CommandSpec } from './commands';
import { IS_MAC, bindingOfEvent, canonicalBinding, formatBinding } from './keys';

/** Runs a command; return false when it did not apply (the key then does its usual thing). */
export type CommandHandler = () => boolean | void;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.cm-editor')) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

/** Commands and their handlers, and the one key listener that runs them. */
export class CommandRegistry {
  private readonly handlers = new Map<CommandId, CommandHandler[]>();
  private readonly byBinding = new Map<string, CommandId>();
  private modals = 0;

  /** `mac` chooses the macOS bindings and how shortcuts are shown. */
  constructor(private readonly mac = IS_MAC) {
    for (const id of COMMAND_IDS) {
      for (const key of bindingsOf(id, mac)) this.byBinding.set(canonicalBinding(key, mac), id);
    }
  }

  /** Adds a handler for `id` (the latest registered runs); returns its removal. */
  register(id: CommandId, handler: CommandHandler): () => void {
    const list = this.handlers.get(id) ?? [];
    list.push(handler);
    this.handlers.set(id, list);
    return () => {
      const current = this.handlers.get(id) ?? [];
      this.handlers.set(
        id,
        current.filter((h) => h !== handler),
      );
    };
  }

  /** True when some mounted component handles `id` (menus grey out the others). */
  has(id: CommandId): boolean {
    return (this.handlers.get(id)?.length ?? 0) > 0;
  }

  /** Runs the latest handler of `id`; false when there is none or it declined. */
  run(id: CommandId): boolean {
    const list = this.handlers.get(id);
    const handler = list?.[list.length - 1];
    if (!handler) return false;
    return handler() !== false;
  }

  /** The shortcut shown for `id` ("Ctrl+S"), or '' when it has none. */
  shortcut(id: CommandId): string {
    const first = bindingsOf(id, this.mac)[0];
    return first ? formatBinding(first, this.mac) : '';
  }

  /** Suspends every shortcut while a modal dialog is open; returns the release. */
  pushModal(): () => void {
    this.modals++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.modals--;
    };
  }

  /**
   * Handles one keydown: runs the bound command and stops the event, or leaves it alone.
   * Bound keys are kept from the browser (Ctrl+S is never "save page") even when no screen
   * handles them, except where a text field keeps its own meaning for the key.
   */
  handleKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || event.defaultPrevented) return;
    const binding = bindingOfEvent(event);
    const id = binding === null ? undefined : this.byBinding.get(binding);
    if (!id) return;
    const spec: CommandSpec = COMMANDS[id];
    if (spec.inTextFields === false && isTextField(event.target)) return;
    if (this.modals === 0 && this.run(id)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (binding?.includes('Ctrl-') || binding?.includes('Meta-')) event.preventDefault();
  }

  /** Listens on `target` in the capture phase; returns the removal. */
  attach(target: Window): () => void {
    const listener = (event: KeyboardEvent) => this.handleKeyDown(event);
    target.addEventListener('keydown', listener, true);
    return () => target.removeEventListener('keydown', listener, true);
  }
}
