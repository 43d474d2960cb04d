import { describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_IDS, bindingsOf } from '../../src/renderer/src/keyboard/commands';
import {
  bindingOfEvent,
  canonicalBinding,
  formatBinding,
  type KeyEventLike,
} from '../../src/renderer/src/keyboard/keys';

const event = (key: string, code: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('key bindings', () => {
  it('resolve Mod per platform and order modifiers', () => {
    expect(canonicalBinding('Mod-Shift-z', false)).toBe('Ctrl-Shift-z');
    expect(canonicalBinding('Shift-Mod-Z', true)).toBe('Meta-Shift-z');
    expect(canonicalBinding('Alt-Shift-Enter', false)).toBe('Alt-Shift-Enter');
  });

  it('read events by character, falling back to the physical key when Shift changed it', () => {
    expect(bindingOfEvent(event('s', 'KeyS', { ctrlKey: true }))).toBe('Ctrl-s');
    expect(bindingOfEvent(event('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }))).toBe(
      'Ctrl-Shift-z',
    );
    expect(bindingOfEvent(event('!', 'Digit1', { ctrlKey: true, shiftKey: true }))).toBe(
      'Ctrl-Shift-1',
    );
    expect(bindingOfEvent(event('F8', 'F8', { shiftKey: true }))).toBe('Shift-F8');
    expect(bindingOfEvent(event('Control', 'ControlLeft', { ctrlKey: true }))).toBeNull();
  });

  it('show shortcuts as editors expect them', () => {
    expect(formatBinding('Mod-Shift-z', false)).toBe('Ctrl+Shift+Z');
    expect(formatBinding('Alt-Delete', false)).toBe('Alt+Delete');
    expect(formatBinding('Mod-s', true)).toBe('⌘S');
  });

  it('bind each key to at most one command on each platform', () => {
    for (const mac of [false, true]) {
      const seen = new Map<string, string>();
      for (const id of COMMAND_IDS) {
        for (const key of bindingsOf(id, mac)) {
          const canonical = canonicalBinding(key, mac);
          expect(seen.get(canonical), `${canonical} bound twice`).toBeUndefined();
          seen.set(canonical, id);
        }
      }
    }
    expect(COMMANDS['file.save'].keys[0]).toBe('Mod-s');
  });
});
