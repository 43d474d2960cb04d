/**
 * The catalogue of app commands and their default bindings (CodeMirror notation, `Mod` = Ctrl or
 * Cmd). One place, so menus, tooltips and the key handler agree. Bindings avoid CodeMirror's own
 * editing keys: history and search are routed through these commands instead of its keymaps.
 */

export interface CommandSpec {
  /** Default bindings; the first one is shown in menus and tooltips. */
  readonly keys: readonly string[];
  /** Bindings on macOS instead of `keys`, where those mean something else there. */
  readonly mac?: readonly string[];
  /**
   * False for commands that must leave text fields alone (undo inside the save dialog's message
   * field is that field's own undo). CodeMirror's editor is not a text field in this sense.
   */
  readonly inTextFields?: boolean;
}

/** Every command with its default bindings. */
export const COMMANDS = {
  'file.import': { keys: ['Mod-o'] },
  'file.save': { keys: ['Mod-s'] },
  'file.export': { keys: ['Mod-e'] },
  'file.print': { keys: ['Mod-p'] },
  'file.settings': { keys: ['Mod-,'] },
  'edit.undo': { keys: ['Mod-z'], inTextFields: false },
  'edit.redo': { keys: ['Mod-Shift-z', 'Mod-y'], inTextFields: false },
  'edit.find': { keys: ['Mod-f'] },
  'edit.replace': { keys: ['Mod-h'] },
  'view.library': { keys: ['Mod-1'] },
  'view.proofread': { keys: ['Mod-2'] },
  'view.versions': { keys: ['Mod-3'] },
  'view.rules': { keys: ['Mod-4'] },
  'view.original': { keys: ['Mod-Shift-o'] },
  'view.scan': { keys: ['Mod-Shift-p'] },
  'view.language': { keys: [] },
  'view.zoomIn': { keys: ['Mod-=', 'Mod-Shift-+', 'Mod-+'] },
  'view.zoomOut': { keys: ['Mod--'] },
  'view.zoomReset': { keys: ['Mod-0'] },
  'help.shortcuts': { keys: ['F1'] },
  // F6 also works in Electron; in a browser F6 belongs to the browser's own focus cycling.
  'view.focusFindings': { keys: ['Mod-Shift-l', 'F6'] },
  'findings.next': { keys: ['F8'] },
  'findings.previous': { keys: ['Shift-F8'] },
  'findings.accept': { keys: ['Alt-Enter'], inTextFields: false },
  // On macOS Alt-Backspace/Alt-Delete delete a word, so rejecting takes Ctrl as well there.
  'findings.reject': {
    keys: ['Alt-Delete', 'Alt-Backspace'],
    mac: ['Ctrl-Alt-Backspace', 'Ctrl-Alt-Delete'],
    inTextFields: false,
  },
  'findings.acceptKind': { keys: ['Alt-Shift-Enter'], inTextFields: false },
  'findings.acceptSafe': { keys: ['Mod-Shift-Enter'], inTextFields: false },
  'findings.rejectKind': {
    keys: ['Alt-Shift-Delete', 'Alt-Shift-Backspace'],
    mac: ['Ctrl-Alt-Shift-Backspace', 'Ctrl-Alt-Shift-Delete'],
    inTextFields: false,
  },
} as const satisfies Record<string, CommandSpec>;

/** Every command's id ("file.save", "findings.next"…). */
export type CommandId = keyof typeof COMMANDS;

/** Every command id, in catalogue order. */
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

/** The bindings of `id` on this platform; the first is the one shown. */
export function bindingsOf(id: CommandId, mac: boolean): readonly string[] {
  const spec: CommandSpec = COMMANDS[id];
  return (mac && spec.mac) || spec.keys;
}
